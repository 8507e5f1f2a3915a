"""A deterministic stream of products for the demo store and the benchmark catalog.

Order: every weighed fresh item first (they have scale item codes), then each packaged
brand/type/size in a seeded shuffle, then multipacks of those, then numbered lots (only the
200,000-product benchmark gets that far). The same seed and count always give the same
products, barcodes and prices. Money is integer minor units throughout (no floats).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from pos_desktop.demo.barcodes import product_ean13, scale_item_code
from pos_desktop.demo.catalog_data import CATEGORIES, FRESH, ITEMS, CategorySpec, ItemSpec

VAT_STANDARD: Final = "VAT18"
VAT_EXEMPT: Final = "EXEMPT"

# (name suffix, units in the pack, price as percent of units x single price)
MULTIPACKS: Final = (("x2", 2, 97), ("x3", 3, 95), ("x6", 6, 93), ("x12", 12, 90), ("x24", 24, 88))

_CATEGORY: Final[dict[str, CategorySpec]] = {c.key: c for c in CATEGORIES}


@dataclass(frozen=True, slots=True)
class DemoProduct:
    serial: int
    sku: str
    barcode: str | None  # EAN-13; None for weighed items (sold by in-store scale labels)
    item_code: str | None  # 5-digit scale code for weighed items
    name: str
    name_si: str | None
    name_ta: str | None
    category: str  # CategorySpec.key
    price_minor: int  # per piece, or per kg for weighed items
    cost_minor: int
    tax_class: str  # VAT_STANDARD or VAT_EXEMPT
    is_weighed: bool
    unit: str  # "pcs" or "kg"
    opening_stock_milli: int
    threshold_milli: int


@dataclass(frozen=True, slots=True)
class _Packaged:
    item: ItemSpec
    brand: str
    size: str
    base_lkr: int


def _round5(lkr: int) -> int:
    """Shelf prices end in 0 or 5 rupees."""
    return max(5, (lkr + 2) // 5 * 5)


def _tax(item_exempt: bool | None, category: str) -> str:
    exempt = _CATEGORY[category].exempt if item_exempt is None else item_exempt
    return VAT_EXEMPT if exempt else VAT_STANDARD


def _localised(base: str | None, brand: str, size: str) -> str | None:
    # Brands stay in Latin letters on Sinhala and Tamil shelf labels; the product type and the
    # pack size follow.
    return None if base is None else f"{brand} {base} {size}"


def _packaged_list(rng: random.Random) -> list[_Packaged]:
    combos = [
        _Packaged(item, brand, size, lkr)
        for item in ITEMS
        for brand in item.brands
        for size, lkr in item.sizes
    ]
    rng.shuffle(combos)
    return combos


def demo_products(seed: int, count: int, *, first_serial: int = 0) -> Iterator[DemoProduct]:
    """``count`` products for ``seed``; serials (and so SKUs and barcodes) start at first_serial."""
    rng = random.Random(seed)
    brand_pct = {
        brand: rng.randint(92, 112) for brand in sorted({b for i in ITEMS for b in i.brands})
    }
    packaged = _packaged_list(rng)
    made = 0
    serial = first_serial

    def next_serial() -> int:
        nonlocal serial
        serial += 1
        return serial - 1

    for index, fresh in enumerate(FRESH):
        if made >= count:
            return
        price = _round5(fresh.price_per_kg * rng.randint(95, 105) // 100) * 100
        s = next_serial()
        yield DemoProduct(
            serial=s,
            sku=_sku(fresh.category, s),
            barcode=None,
            item_code=scale_item_code(index),
            name=f"{fresh.name} (per kg)",
            name_si=f"{fresh.si} (කි.ග්‍රෑ.)",
            name_ta=f"{fresh.ta} (கி.கி.)" if fresh.ta else None,
            category=fresh.category,
            price_minor=price,
            cost_minor=price * rng.randint(68, 82) // 100,
            tax_class=_tax(None, fresh.category),
            is_weighed=True,
            unit="kg",
            opening_stock_milli=rng.randint(8, 120) * 1000 + rng.randint(0, 999),
            threshold_milli=5000,
        )
        made += 1

    lot = 0
    while made < count:
        # Round 0: single packs; rounds 1-5: multipacks; beyond: numbered lots (benchmark only).
        pack = None if lot == 0 else MULTIPACKS[(lot - 1) % len(MULTIPACKS)]
        batch = (lot - 1) // len(MULTIPACKS) if lot > 0 else 0
        for combo in packaged:
            if made >= count:
                return
            yield _packaged_product(rng, combo, brand_pct[combo.brand], pack, batch, next_serial())
            made += 1
        lot += 1


def _packaged_product(
    rng: random.Random,
    combo: _Packaged,
    brand_pct: int,
    pack: tuple[str, int, int] | None,
    batch: int,
    serial: int,
) -> DemoProduct:
    item = combo.item
    single = _round5(combo.base_lkr * brand_pct * rng.randint(97, 103) // 10_000)
    suffix = ""
    price_lkr = single
    if pack is not None:
        label, units, pct = pack
        price_lkr = _round5(single * units * pct // 100)
        suffix = f" {label}"
    if batch:
        suffix += f" (lot {batch + 1})"
    size = combo.size + suffix
    price = price_lkr * 100
    low = rng.random() < 0.03  # a few items start below their reorder level
    return DemoProduct(
        serial=serial,
        sku=_sku(item.category, serial),
        barcode=product_ean13(serial),
        item_code=None,
        name=f"{combo.brand} {item.name} {size}",
        name_si=_localised(item.si, combo.brand, size),
        name_ta=_localised(item.ta, combo.brand, size),
        category=item.category,
        price_minor=price,
        cost_minor=price * rng.randint(70, 85) // 100,
        tax_class=_tax(item.exempt, item.category),
        is_weighed=False,
        unit="pcs",
        opening_stock_milli=(rng.randint(1, 4) if low else rng.randint(12, 240)) * 1000,
        threshold_milli=6000,
    )


def _sku(category: str, serial: int) -> str:
    return f"{category[:3].upper()}-{serial:06d}"
