"""Sri Lankan customer names, mobile numbers, e-mails and towns (seeded, deterministic).

The mix follows the island's communities: Sinhala, Tamil, Muslim and Burgher names, each with
the usual script of the name itself where a cashier might search in Sinhala or Tamil later.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

SINHALA_MALE: Final = (
    "Kasun", "Nimal", "Chamara", "Tharindu", "Nuwan", "Chathura", "Ruwan", "Sampath", "Dinesh",
    "Lahiru", "Gayan", "Pradeep", "Sanjeewa", "Asanka", "Isuru", "Dilshan", "Mahesh", "Roshan",
    "Upul", "Janaka", "Thilina", "Buddhika", "Charith", "Dhanushka", "Hasitha", "Kamal", "Sunil",
    "Ajith", "Lasantha", "Malith", "Pasindu", "Ravindu", "Sahan", "Yasas", "Nalin", "Anura",
)  # fmt: skip
SINHALA_FEMALE: Final = (
    "Dilani", "Sanduni", "Ishara", "Kavindi", "Hasini", "Anusha", "Malini", "Priyanka", "Sachini",
    "Nadeesha", "Chamari", "Tharushi", "Nethmi", "Dulani", "Gayani", "Iresha", "Madhavi", "Nilmini",
    "Piumi", "Rashmi", "Sewwandi", "Thilini", "Udari", "Yasodha", "Shashikala", "Kumudini",
)  # fmt: skip
SINHALA_SURNAMES: Final = (
    "Perera", "Fernando", "Silva", "de Silva", "Jayasinghe", "Wickramasinghe", "Bandara",
    "Dissanayake", "Gunawardena", "Karunaratne", "Herath", "Rathnayake", "Senanayake",
    "Wijesinghe", "Kumara", "Jayawardena", "Abeysekara", "Ranasinghe", "Weerasinghe",
    "Samarasinghe", "Gunasekara", "Liyanage", "Pathirana", "Ekanayake", "Amarasinghe",
    "Wijeratne", "Hettiarachchi", "Kodikara", "Madushanka", "Premadasa", "Mendis", "Peiris",
)  # fmt: skip
TAMIL_MALE: Final = (
    "Sivakumar", "Tharshan", "Suresh", "Ganesh", "Sanjeev", "Kajan", "Dilaxshan", "Prasanth",
    "Mathan", "Kirushanth", "Niroshan", "Ramesh", "Thusyanthan", "Vithushan", "Arun", "Senthil",
)  # fmt: skip
TAMIL_FEMALE: Final = (
    "Kavitha", "Priya", "Nirosha", "Lakshmi", "Thivya", "Kalaivani", "Sharmila", "Vathsala",
    "Abirami", "Jeyanthi", "Tharsika", "Mathumitha", "Sujatha", "Keerthana",
)  # fmt: skip
TAMIL_SURNAMES: Final = (
    "Rajaratnam", "Sivapalan", "Thevarajah", "Selvarajah", "Kanagaratnam", "Balasingham",
    "Nadarajah", "Shanmugam", "Ponnambalam", "Kandiah", "Arumugam", "Murugesu", "Thambiah",
    "Sivanesan", "Yogarajah", "Vigneswaran",
)  # fmt: skip
MUSLIM_MALE: Final = ("Mohamed Rizwan", "Ahamed", "Imran", "Riyas", "Fazal", "Nasir", "Ashraff")
MUSLIM_FEMALE: Final = ("Fathima Rizna", "Nuzrath", "Shifana", "Ayesha", "Zainab", "Farhana")
MUSLIM_SURNAMES: Final = ("Marikar", "Cassim", "Hameed", "Ismail", "Farook", "Jiffry", "Lafir")
BURGHER_FIRST: Final = ("Anthony", "Michelle", "Clifford", "Sharon", "Dennis", "Rochelle")
BURGHER_SURNAMES: Final = ("Van Dort", "Ludowyk", "Ebert", "Koch", "de Kretser", "Jansz")

TOWNS: Final = (
    "Colombo 03", "Colombo 04", "Colombo 05", "Colombo 06", "Dehiwala", "Mount Lavinia",
    "Nugegoda", "Maharagama", "Kotte", "Rajagiriya", "Battaramulla", "Wattala", "Kelaniya",
    "Moratuwa", "Negombo", "Kandy", "Galle", "Jaffna", "Kurunegala", "Gampaha",
)  # fmt: skip
STREETS: Final = (
    "Galle Road", "Duplication Road", "Havelock Road", "Baseline Road", "High Level Road",
    "Kandy Road", "Negombo Road", "Temple Road", "Station Road", "Main Street", "Hospital Road",
    "School Lane", "Flower Road", "Park Road", "Lake Drive",
)  # fmt: skip

# Mobile operators' prefixes (Dialog 077/076/074, Mobitel 071/070, Hutch 078/072, Airtel 075).
MOBILE_PREFIXES: Final = ("070", "071", "072", "074", "075", "076", "077", "078")


@dataclass(frozen=True, slots=True)
class Person:
    first_name: str
    last_name: str
    gender: str  # "M" / "F"
    community: str  # sinhala / tamil / muslim / burgher: picks the preferred language
    mobile: str  # 07XXXXXXXX, unique within one generator run
    email: str | None
    street: str  # "No. 12, Galle Road"
    city: str
    language: str  # en / si / ta
    birthday_days: int | None  # age in days on the generator's reference date, if known

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def _pick_name(rng: random.Random) -> tuple[str, str, str, str]:
    roll = rng.random()
    male = rng.random() < 0.5
    if roll < 0.70:
        first = rng.choice(SINHALA_MALE if male else SINHALA_FEMALE)
        return first, rng.choice(SINHALA_SURNAMES), "M" if male else "F", "sinhala"
    if roll < 0.87:
        first = rng.choice(TAMIL_MALE if male else TAMIL_FEMALE)
        return first, rng.choice(TAMIL_SURNAMES), "M" if male else "F", "tamil"
    if roll < 0.97:
        first = rng.choice(MUSLIM_MALE if male else MUSLIM_FEMALE)
        return first, rng.choice(MUSLIM_SURNAMES), "M" if male else "F", "muslim"
    first = rng.choice(BURGHER_FIRST)
    gender = "M" if first in ("Anthony", "Clifford", "Dennis") else "F"
    return first, rng.choice(BURGHER_SURNAMES), gender, "burgher"


def mobile_number(index: int) -> str:
    """A distinct Sri Lankan mobile number for each index below 80 million (07X + 7 digits)."""
    space = len(MOBILE_PREFIXES) * 10**7
    if not 0 <= index < space:
        raise ValueError("mobile index out of range")
    # Scatter the running index over all numbers; 3_141_593 is coprime with the space, so this
    # is a bijection and numbers stay unique without remembering the ones already given.
    scattered = (index * 3_141_593 + 271_828) % space
    prefix, number = divmod(scattered, 10**7)
    return f"{MOBILE_PREFIXES[prefix]}{number:07d}"


def people(rng: random.Random, count: int) -> Iterator[Person]:
    """``count`` customers; same rng seed, same people, same order. Mobiles are unique."""
    for i in range(count):
        first, last, gender, community = _pick_name(rng)
        language = {"sinhala": "si", "tamil": "ta"}.get(community, "en")
        if rng.random() < 0.35:  # many shoppers prefer English on receipts regardless
            language = "en"
        handle = f"{first.split()[0]}.{last.replace(' ', '')}".lower()
        email = f"{handle}{i % 1000}@{rng.choice(('gmail.com', 'yahoo.com', 'sltnet.lk'))}"
        street = f"No. {rng.randint(1, 350)}, {rng.choice(STREETS)}"
        city = rng.choice(TOWNS)
        age_days = rng.randint(18 * 365, 75 * 365) if rng.random() < 0.7 else None
        yield Person(
            first_name=first,
            last_name=last,
            gender=gender,
            community=community,
            mobile=mobile_number(i),
            email=email if rng.random() < 0.45 else None,
            street=street,
            city=city,
            language=language,
            birthday_days=age_days,
        )
