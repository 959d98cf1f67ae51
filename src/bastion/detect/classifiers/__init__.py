"""detect/classifiers."""
