"""Commitments: create, change, list; status changes, deadline revisions and handovers.

The package is split by concept: ``data`` (what goes in and out), ``validation`` (rules
checked before writing), ``editing`` (one commitment), ``lifecycle`` (status log, deadline
revisions, handovers), ``queries`` (lists), ``bulk`` (many changes in one unit of work),
``saving`` (the use cases the app and the importers share, returning what they changed),
``unblocking`` (who can unblock a blocked commitment and the next step) and ``history`` (the
history read-model). Callers import from the package.
"""

from secframe.services.commitments.bulk import load_for_changes
from secframe.services.commitments.data import (
    CommitmentDetail,
    CommitmentFilter,
    CommitmentInput,
    CommitmentRow,
    DeadlineRevisionInfo,
    PartnerInfo,
    PartnerInput,
    StatusChangeInfo,
    UnblockingInput,
)
from secframe.services.commitments.editing import (
    add_commitment,
    create_commitment,
    delete_commitment,
    deletion_impact,
    get_commitment,
    revision_info,
    stage_update,
    status_info,
    update_commitment,
)
from secframe.services.commitments.lifecycle import (
    change_status,
    framework_status_log,
    hand_over,
    revise_deadline,
    revisions_of,
    stage_revision,
    stage_status,
    status_log,
)
from secframe.services.commitments.queries import list_commitments
from secframe.services.commitments.saving import (
    CommitmentEdit,
    DeadlineEdit,
    HandoverEdit,
    Line,
    StatusEdit,
    record_deadline,
    record_handover,
    record_status,
    save_commitment,
    save_resource_lines,
    successor_of,
)
from secframe.services.commitments.unblocking import record_unblocking, unblocking_errors

__all__ = [
    "CommitmentDetail",
    "CommitmentEdit",
    "CommitmentFilter",
    "CommitmentInput",
    "CommitmentRow",
    "DeadlineEdit",
    "DeadlineRevisionInfo",
    "HandoverEdit",
    "Line",
    "PartnerInfo",
    "PartnerInput",
    "StatusChangeInfo",
    "StatusEdit",
    "UnblockingInput",
    "add_commitment",
    "change_status",
    "create_commitment",
    "delete_commitment",
    "deletion_impact",
    "framework_status_log",
    "get_commitment",
    "hand_over",
    "list_commitments",
    "load_for_changes",
    "record_deadline",
    "record_handover",
    "record_status",
    "record_unblocking",
    "revise_deadline",
    "revision_info",
    "revisions_of",
    "save_commitment",
    "save_resource_lines",
    "stage_revision",
    "stage_status",
    "stage_update",
    "status_info",
    "status_log",
    "successor_of",
    "unblocking_errors",
    "update_commitment",
]
