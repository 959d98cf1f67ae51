"""detect/matchers."""
