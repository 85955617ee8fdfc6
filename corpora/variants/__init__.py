"""Variation generator: invented boards from random combinations of layouts and
vocabularies, with ground truth written by the generator (see README.md).

`vocab_dev` is the development vocabulary; `vocab_heldout` is used only for the
held-out part and must never be used to tune product rules.
"""
