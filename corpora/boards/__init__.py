"""The invented boards, each a package of data: people, plans, reports."""

from corpora.boards import harrowfield, kestrelvale, morrowby

BOARDS = (harrowfield.BOARD, kestrelvale.BOARD, morrowby.BOARD)
