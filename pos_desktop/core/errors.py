"""Domain errors. Every refusal the POS makes is one of these, with a message a cashier can read."""

from __future__ import annotations


class DomainError(Exception):
    """A business rule refused the request. Nothing was written."""

    code: str = "domain_error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class ValidationError(DomainError):
    """Input is malformed or out of range (bad barcode, absurd quantity, negative price...)."""

    code = "invalid_input"


class NotFoundError(DomainError):
    code = "not_found"


class PermissionDenied(DomainError):
    """The acting user lacks a permission. The UI hides buttons; services enforce."""

    code = "permission_denied"


class ApprovalRequired(PermissionDenied):
    """A manager must approve this action (void, refund, large discount, no-sale...)."""

    code = "approval_required"


class AuthenticationError(DomainError):
    code = "authentication_failed"


class AccountLocked(AuthenticationError):
    code = "account_locked"


class ConflictError(DomainError):
    """The request conflicts with current state (duplicate SKU, closed shift, already refunded)."""

    code = "conflict"
