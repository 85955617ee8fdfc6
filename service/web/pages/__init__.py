"""The review pages' routes and what they show (`shape`, `sources`, `history`),
rendered by `render`; templates and static files live beside this package in
`service/web/`."""
