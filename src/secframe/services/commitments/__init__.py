"""Commitments: create, change, list; status changes, deadline revisions and handovers.

The package is split by concept: ``data`` (what goes in and out), ``validation`` (rules
checked before writing), ``editing`` (one commitment), ``lifecycle`` (status log, deadline
revisions, handovers) and ``queries`` (lists). Callers import from the package.
"""

from secframe.services.commitments.data import (
    CommitmentDetail,
    CommitmentFilter,
    CommitmentInput,
    CommitmentRow,
    DeadlineRevisionInfo,
    PartnerInfo,
    PartnerInput,
    StatusChangeInfo,
)
from secframe.services.commitments.editing import (
    create_commitment,
    delete_commitment,
    deletion_impact,
    get_commitment,
    revision_info,
    status_info,
    update_commitment,
)
from secframe.services.commitments.lifecycle import (
    change_status,
    framework_status_log,
    hand_over,
    revise_deadline,
    revisions_of,
    status_log,
)
from secframe.services.commitments.queries import list_commitments

__all__ = [
    "CommitmentDetail",
    "CommitmentFilter",
    "CommitmentInput",
    "CommitmentRow",
    "DeadlineRevisionInfo",
    "PartnerInfo",
    "PartnerInput",
    "StatusChangeInfo",
    "change_status",
    "create_commitment",
    "delete_commitment",
    "deletion_impact",
    "framework_status_log",
    "get_commitment",
    "hand_over",
    "list_commitments",
    "revise_deadline",
    "revision_info",
    "revisions_of",
    "status_info",
    "status_log",
    "update_commitment",
]
