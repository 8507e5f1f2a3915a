"""Paper profiles: 58 mm and 80 mm rolls, and the python-escpos profile built for each.

Characters per line are for font A (12x24 dots); pixel width is the printable raster width at
203 dpi. python-escpos needs the pixel width in its profile: without it ``image()`` prints a
warning to stdout and cannot check an image against the paper.

python-escpos (with qrcode, python-barcode and Pillow) is imported only when a profile is first
built, i.e. on the print worker's thread at the first job, not on the app's start-up path.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from escpos.capabilities import Profile


@dataclass(frozen=True, slots=True)
class PaperProfile:
    width_mm: int
    chars_per_line: int  # font A
    chars_font_b: int
    pixel_width: int
    qr_size: int  # module size in dots for the native QR code

    @property
    def name(self) -> str:
        return f"{self.width_mm} mm"


PAPER_58: Final = PaperProfile(58, 32, 42, 384, 5)
PAPER_80: Final = PaperProfile(80, 48, 64, 576, 6)
PROFILES: Final[dict[int, PaperProfile]] = {58: PAPER_58, 80: PAPER_80}


def paper_profile(width_mm: int) -> PaperProfile:
    try:
        return PROFILES[width_mm]
    except KeyError:
        raise ValueError(f"paper width must be 58 or 80 mm, got {width_mm}") from None


@cache
def escpos_profile(paper: PaperProfile) -> Profile:
    """The escpos "default" capabilities with this paper's columns, pixel width and dpi."""
    from escpos.capabilities import Profile, get_profile_class

    base: dict[str, Any] = copy.deepcopy(get_profile_class("default").profile_data)
    profile = Profile(columns=paper.chars_per_line, features=dict(base["features"]))
    base["name"] = f"Generic {paper.width_mm} mm"
    base["media"] = {"dpi": 203, "width": {"mm": paper.width_mm, "pixels": paper.pixel_width}}
    base["fonts"] = {
        "0": {"name": "Font A", "columns": paper.chars_per_line},
        "1": {"name": "Font B", "columns": paper.chars_font_b},
    }
    profile.profile_data = base
    return profile
