"""Small builders for catalog tests (products with valid EAN-13s)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

from pos_desktop.core.barcode import gtin_check_digit
from pos_desktop.services.catalog import ProductDetails, ProductDraft, create_product
from tests.support.terminal import Terminal

_serial = itertools.count(1)


def ean13(n: int, prefix: str = "479") -> str:
    body = f"{prefix}{n:0{12 - len(prefix)}d}"
    return body + str(gtin_check_digit(body))


def draft(**fields: Any) -> ProductDraft:
    n = next(_serial)
    base = ProductDraft(sku=f"SKU-{n:05d}", name=f"Product {n}", price_minor=10_000)
    return replace(base, **fields)


def make_product(terminal: Terminal, **fields: Any) -> ProductDetails:
    return create_product(terminal.ctx, terminal.manager, draft(**fields)).product
