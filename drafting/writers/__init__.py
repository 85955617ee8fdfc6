"""Draft → files: Word (`docx/`), HTML and Markdown (`text`), the status chart."""
