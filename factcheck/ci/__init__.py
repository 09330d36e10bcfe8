"""What a corpus kept in git needs from run to run: the extraction cache and the whole-run
snapshot (warm runs), the baseline of accepted findings, and the files changed since a git ref."""
