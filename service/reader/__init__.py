"""Reading documents in an isolated child process with time and memory limits."""
