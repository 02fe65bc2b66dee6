"""Every change to a session as a command: `inverse = command.apply(state)`.

See `base` for the contract. The UI wraps these in QUndoCommands and hands
them to `store.SessionFile.apply` (or `do` / `undo` / `redo`), which commits
each change before the state changes.
"""

from workshop.core.commands.actions import AddAction, DeleteAction, EditAction, RestoreAction
from workshop.core.commands.answers import SetAnswer
from workshop.core.commands.base import Batch, Command
from workshop.core.commands.cards import (
    AddCard,
    DeleteCard,
    EditCard,
    MoveCard,
    RestoreCard,
    SetCardColour,
    SetCardHidden,
    place_card,
)
from workshop.core.commands.clusters import (
    CreateCluster,
    DeleteCluster,
    RenameCluster,
    RestoreCluster,
)
from workshop.core.commands.day_start import SetDayStart
from workshop.core.commands.ratings import SetRating
from workshop.core.commands.reveal import SetResultsShown
from workshop.core.commands.statements import (
    AddCandidate,
    ChooseCandidate,
    DeleteCandidate,
    EditCandidate,
    RestoreCandidate,
)
from workshop.core.commands.votes import MAX_TALLY, SetVotes
from workshop.core.session import InputError

# Every concrete command, by name: the store writes the undo history with these.
COMMANDS: dict[str, type[Command]] = {cls.__name__: cls for cls in (
    Batch, AddCard, EditCard, DeleteCard, RestoreCard, SetCardColour, SetCardHidden, MoveCard,
    CreateCluster, RenameCluster, DeleteCluster, RestoreCluster, SetVotes, SetRating,
    AddCandidate, EditCandidate, DeleteCandidate, RestoreCandidate, ChooseCandidate,
    SetAnswer, AddAction, EditAction, DeleteAction, RestoreAction, SetDayStart, SetResultsShown,
)}

__all__ = [
    "COMMANDS", "MAX_TALLY", "AddAction", "AddCandidate", "AddCard", "Batch", "ChooseCandidate",
    "Command", "CreateCluster", "DeleteAction", "DeleteCandidate", "DeleteCard", "DeleteCluster",
    "EditAction", "EditCandidate", "EditCard", "InputError", "MoveCard", "RenameCluster",
    "RestoreAction", "RestoreCandidate", "RestoreCard", "RestoreCluster", "SetAnswer",
    "SetCardColour", "SetCardHidden", "SetDayStart", "SetRating", "SetResultsShown", "SetVotes",
    "place_card",
]
