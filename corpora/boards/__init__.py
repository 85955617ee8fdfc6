"""The invented boards, each a package of data: people, plans, reports."""

from corpora.boards import harrowfield

BOARDS = (harrowfield.BOARD,)
