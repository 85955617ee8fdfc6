"""Document writers, one per layout shape real boards use."""
