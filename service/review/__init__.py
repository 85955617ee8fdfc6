"""The Chair's review of a draft: its versions, verdicts on suggestions (`drafts`)
and on the statuses of the progress appendix (`statuses`)."""
