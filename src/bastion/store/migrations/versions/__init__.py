"""One file per schema revision, oldest first (`rev_0001_…`)."""
