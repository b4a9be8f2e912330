"""Money: amounts are kept in XOF (FCFA); other currencies convert at the fixed parity."""

from __future__ import annotations

from decimal import Decimal

# Fixed parity of the CFA franc; amounts in other currencies must be entered in XOF.
CURRENCY_RATES: dict[str, Decimal] = {"XOF": Decimal(1), "EUR": Decimal("655.957")}


def to_xof(amount: Decimal, currency: str) -> Decimal:
    """Convert an amount to XOF at the fixed parity."""
    return amount * CURRENCY_RATES.get(currency, Decimal(1))
