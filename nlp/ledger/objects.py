"""Whether an action keeps another's object whole.

A split part often restates the old action's object and names a new subject for it
("Strengthen the performance dashboard" → "Refresh the performance dashboard for
staff in housing"): the part's head (`nlp.ledger.head`) is then the old head plus a
complement, so the share of the part's head inside the old action's words falls
below `split.HEAD_CONTAINED` although the old object is all there. `kept` says, for
each pair, whether every stem of one item's head is in the other item's head.

*Guess*: a head of at least `split.HEAD_MIN_STEMS` stems kept whole inside another
head is the same object, whatever the other head adds.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from nlp.ledger.score import Item


def kept(wholes: Sequence[Item], parts: Sequence[Item], min_stems: int) -> npt.NDArray[np.bool_]:
    """[w, p] True when whole w's head (at least `min_stems` stems) is inside part p's
    head."""
    out = np.zeros((len(wholes), len(parts)), dtype=bool)
    heads = [set(p.head) for p in parts]
    for w, whole in enumerate(wholes):
        own = set(whole.head)
        if len(own) < min_stems:
            continue
        for p, other in enumerate(heads):
            out[w, p] = own <= other
    return out
