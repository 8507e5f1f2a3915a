# One row per product type reads best as a table, so long lines are allowed in this file.
# ruff: noqa: E501
"""What a Colombo supermarket sells: categories, product types, brands, pack sizes, LKR prices.

Names are given in English, Sinhala and Tamil (the translations table carries the last two).
Prices are typical shelf prices in rupees (2024-25); the generator varies them a little per
brand. ``exempt`` marks VAT-exempt staples (rice, pulses, fresh produce, fish, eggs, bread,
flour, infant formula); everything else carries VAT at 18 %.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class CategorySpec:
    key: str
    name: str
    si: str
    ta: str
    exempt: bool = False


@dataclass(frozen=True, slots=True)
class ItemSpec:
    """A packaged product type sold by several brands in several sizes (price in LKR)."""

    category: str
    name: str
    si: str | None
    ta: str | None
    brands: tuple[str, ...]
    sizes: tuple[tuple[str, int], ...]
    exempt: bool | None = None  # None: the category's rule


@dataclass(frozen=True, slots=True)
class FreshSpec:
    """A weighed product sold by the kilogram (price per kg in LKR)."""

    category: str
    name: str
    si: str
    ta: str | None
    price_per_kg: int


CATEGORIES: Final = (
    CategorySpec("rice", "Rice", "සහල්", "அரிசி", exempt=True),
    CategorySpec("pulses", "Dhal & Pulses", "පරිප්පු සහ ධාන්‍ය", "பருப்பு வகைகள்", exempt=True),
    CategorySpec("spices", "Spices", "කුළුබඩු", "மசாலாப் பொருட்கள்"),
    CategorySpec("tea", "Tea & Coffee", "තේ සහ කෝපි", "தேநீர் மற்றும் கோப்பி"),
    CategorySpec("biscuits", "Biscuits", "බිස්කට්", "பிஸ்கட்"),
    CategorySpec("dairy", "Dairy", "කිරි ආහාර", "பால் பொருட்கள்"),
    CategorySpec("beverages", "Beverages", "පාන වර්ග", "பானங்கள்"),
    CategorySpec("household", "Household", "ගෘහ භාණ්ඩ", "வீட்டுப் பொருட்கள்"),
    CategorySpec("personal", "Personal Care", "පෞද්ගලික සත්කාර", "தனிப்பட்ட பராமரிப்பு"),
    CategorySpec("vegetables", "Vegetables", "එළවළු", "காய்கறிகள்", exempt=True),
    CategorySpec("fruits", "Fruits", "පළතුරු", "பழங்கள்", exempt=True),
    CategorySpec("fish", "Fish & Seafood", "මාළු සහ මුහුදු ආහාර", "மீன் மற்றும் கடலுணவு", exempt=True),
    CategorySpec("meat", "Meat & Poultry", "මස් සහ කුකුළු මස්", "இறைச்சி மற்றும் கோழி"),
    CategorySpec("bakery", "Bakery", "බේකරි", "பேக்கரி"),
    CategorySpec("stationery", "Stationery", "ලිපි ද්‍රව්‍ය", "எழுதுபொருட்கள்"),
    CategorySpec("oils", "Oils & Fats", "තෙල් වර්ග", "எண்ணெய் வகைகள்"),
    CategorySpec("sugar", "Sugar, Flour & Salt", "සීනි, පිටි සහ ලුණු", "சீனி, மா மற்றும் உப்பு"),
    CategorySpec("noodles", "Noodles & Pasta", "නූඩ්ල්ස් සහ පැස්ටා", "நூடுல்ஸ் மற்றும் பாஸ்தா"),
    CategorySpec("canned", "Canned Food & Sauces", "ටින් ආහාර සහ සෝස්", "தகர உணவு மற்றும் சோஸ்"),
    CategorySpec("snacks", "Snacks & Sweets", "කෙටි කෑම සහ රසකැවිලි", "சிற்றுண்டி மற்றும் இனிப்புகள்"),
    CategorySpec("frozen", "Frozen Food", "ශීත කළ ආහාර", "உறைந்த உணவுகள்"),
    CategorySpec("eggs", "Eggs", "බිත්තර", "முட்டை", exempt=True),
    CategorySpec("baby", "Baby Care", "ළදරු සත්කාර", "குழந்தை பராமரிப்பு"),
)

HOUSE: Final = "Lanka Mart"  # the store's own label

_RICE_BRANDS = ("Araliya", "Nipuna", "Ceylon Harvest", "Sudu Nelum", HOUSE)
_PULSE_BRANDS = ("CIC", "Harischandra", "Sera", "Prima", HOUSE)
_SPICE_BRANDS = ("MC Currie", "Motha", "Larich", "Harischandra", "Ruhunu", "Sera", HOUSE)
_TEA_BRANDS = ("Dilmah", "Lipton Ceylonta", "Zesta", "Watawala", "Mlesna", "Bogawantalawa")
_BISCUIT_BRANDS = ("Maliban", "Munchee", "Uswatte", "Tiara", HOUSE)
_SOFT_DRINKS = ("Elephant House", "Coca-Cola", "Pepsi", "Kist")
_HOUSEHOLD = ("Sunlight", "Surf Excel", "Rin", "Vim", "Harpic", "Dettol", "Diva", HOUSE)
_PERSONAL = ("Signal", "Clogard", "Sunsilk", "Lux", "Lifebuoy", "Baby Cheramy", "Kumarika")
_STATIONERY = ("Atlas", "Promate", "Navaliya", "Richard Pieris")
_OILS = ("Marina", "Fortune", "Turkey", "Astra", "Flora", HOUSE)
_SUGAR = ("Prima", "Seylan", "Lanka Sugar", HOUSE)
_NOODLES = ("Maggi", "Prima", "Harischandra", "Sera", "Wai Wai")
_CANNED = ("MD", "Kist", "Edinborough", "Ocean Pride", "Sera")
_SNACKS = ("Ritzbury", "Kandos", "Munchee", "Tipi Tip", "Rancrisp", HOUSE)
_FROZEN = ("Keells Krest", "Bairaha", "Prima", "Elephant House", "Cargills Magic")
_DAIRY_POWDER = ("Anchor", "Highland", "Pelwatte", "Raththi", "Lakspray", "Nespray")
_DAIRY_FRESH = ("Highland", "Kotmale", "Pelwatte", "Anchor")
_BABY = ("Nestle Lactogen", "Anchor Newdale", "Velona Cuddles", "Baby Cheramy", "Huggies")

ITEMS: Final = (
    # Rice
    ItemSpec("rice", "Samba Rice", "සම්බා සහල්", "சம்பா அரிசி", _RICE_BRANDS, (("1kg", 260), ("5kg", 1250), ("10kg", 2450))),
    ItemSpec("rice", "Keeri Samba Rice", "කීරි සම්බා සහල්", "கீரி சம்பா அரிசி", _RICE_BRANDS, (("1kg", 330), ("5kg", 1600), ("10kg", 3150))),
    ItemSpec("rice", "Nadu Rice", "නාඩු සහල්", "நாட்டு அரிசி", _RICE_BRANDS, (("1kg", 230), ("5kg", 1120), ("10kg", 2200))),
    ItemSpec("rice", "Red Raw Rice", "රතු කැකුළු සහල්", "சிவப்பு பச்சை அரிசி", _RICE_BRANDS, (("1kg", 240), ("5kg", 1170))),
    ItemSpec("rice", "White Raw Rice", "සුදු කැකුළු සහල්", "வெள்ளை பச்சை அரிசி", _RICE_BRANDS, (("1kg", 225), ("5kg", 1100))),
    ItemSpec("rice", "Basmati Rice", "බාස්මතී සහල්", "பாஸ்மதி அரிசி", ("India Gate", "Daawat", HOUSE), (("1kg", 990), ("5kg", 4800))),
    ItemSpec("rice", "Suwandel Rice", "සුවඳැල් සහල්", "சுவந்தல் அரிசி", ("Ceylon Harvest", "Govi Aruna", HOUSE), (("1kg", 420), ("5kg", 2050))),
    ItemSpec("rice", "Red Nadu Rice", "රතු නාඩු සහල්", "சிவப்பு நாட்டு அரிசி", _RICE_BRANDS, (("1kg", 245), ("5kg", 1190))),
    # Dhal and pulses
    ItemSpec("pulses", "Mysore Dhal", "මයිසූර් පරිප්පු", "மைசூர் பருப்பு", _PULSE_BRANDS, (("500g", 175), ("1kg", 340), ("2kg", 670))),
    ItemSpec("pulses", "Chickpeas", "කඩල", "கடலை", _PULSE_BRANDS, (("500g", 290), ("1kg", 570))),
    ItemSpec("pulses", "Green Gram", "මුං ඇට", "பச்சைப் பயறு", _PULSE_BRANDS, (("500g", 480), ("1kg", 950))),
    ItemSpec("pulses", "Cowpea", "කව්පි", "கௌபி", _PULSE_BRANDS, (("500g", 420), ("1kg", 830))),
    ItemSpec("pulses", "Toor Dhal", "තුවර පරිප්පු", "துவரம் பருப்பு", _PULSE_BRANDS, (("500g", 395), ("1kg", 780))),
    ItemSpec("pulses", "Urad Dhal", "උඳු", "உளுந்து", _PULSE_BRANDS, (("500g", 510), ("1kg", 1000))),
    ItemSpec("pulses", "Soya Meat", "සෝයා මීට්", "சோயா இறைச்சி", ("Delmege", "Prima", "Harischandra"), (("90g", 150), ("200g", 320)), exempt=False),
    ItemSpec("pulses", "Kurakkan", "කුරක්කන්", "குரக்கன்", _PULSE_BRANDS, (("500g", 260), ("1kg", 510))),
    # Spices
    ItemSpec("spices", "Chilli Powder", "මිරිස් කුඩු", "மிளகாய்த் தூள்", _SPICE_BRANDS, (("50g", 130), ("100g", 250), ("250g", 600))),
    ItemSpec("spices", "Roasted Curry Powder", "බැදපු තුනපහ", "வறுத்த கறித் தூள்", _SPICE_BRANDS, (("50g", 120), ("100g", 230), ("250g", 560))),
    ItemSpec("spices", "Unroasted Curry Powder", "අමු තුනපහ", "கறித் தூள்", _SPICE_BRANDS, (("50g", 110), ("100g", 210))),
    ItemSpec("spices", "Turmeric Powder", "කහ කුඩු", "மஞ்சள் தூள்", _SPICE_BRANDS, (("50g", 180), ("100g", 340))),
    ItemSpec("spices", "Black Pepper Powder", "ගම්මිරිස් කුඩු", "மிளகுத் தூள்", _SPICE_BRANDS, (("50g", 260), ("100g", 500))),
    ItemSpec("spices", "Cinnamon Sticks", "කුරුඳු පොතු", "கறுவாப்பட்டை", _SPICE_BRANDS, (("25g", 220), ("50g", 420))),
    ItemSpec("spices", "Cardamom", "එනසාල්", "ஏலக்காய்", _SPICE_BRANDS, (("10g", 190), ("25g", 450))),
    ItemSpec("spices", "Cloves", "කරාබු නැටි", "கராம்பு", _SPICE_BRANDS, (("10g", 120), ("25g", 280))),
    ItemSpec("spices", "Mustard Seeds", "අබ", "கடுகு", _SPICE_BRANDS, (("50g", 90), ("100g", 170))),
    ItemSpec("spices", "Cumin Seeds", "සූදුරු", "சீரகம்", _SPICE_BRANDS, (("50g", 200), ("100g", 390))),
    ItemSpec("spices", "Fennel Seeds", "මහදුරු", "பெருஞ்சீரகம்", _SPICE_BRANDS, (("50g", 150), ("100g", 290))),
    ItemSpec("spices", "Fenugreek", "උළුහාල්", "வெந்தயம்", _SPICE_BRANDS, (("50g", 80), ("100g", 150))),
    ItemSpec("spices", "Goraka", "ගොරකා", "கொறுக்காய்ப் புளி", _SPICE_BRANDS, (("100g", 160), ("250g", 380))),
    ItemSpec("spices", "Chilli Pieces", "කෑලි මිරිස්", "மிளகாய்த் துண்டுகள்", _SPICE_BRANDS, (("50g", 140), ("100g", 270))),
    ItemSpec("spices", "Meat Curry Powder", "මස් තුනපහ", "இறைச்சி கறித் தூள்", _SPICE_BRANDS, (("50g", 150), ("100g", 290))),
    ItemSpec("spices", "Fish Curry Powder", "මාළු තුනපහ", "மீன் கறித் தூள்", _SPICE_BRANDS, (("50g", 150), ("100g", 290))),
    ItemSpec("spices", "Tamarind", "සියඹලා", "புளி", _SPICE_BRANDS, (("100g", 120), ("250g", 280))),
    # Tea and coffee
    ItemSpec("tea", "Ceylon Black Tea BOPF", "ලංකා තේ කොළ", "இலங்கைத் தேயிலை", _TEA_BRANDS, (("100g", 380), ("200g", 740), ("400g", 1450))),
    ItemSpec("tea", "Tea Bags", "තේ බෑග්", "தேநீர்ப் பைகள்", _TEA_BRANDS, (("25 bags", 420), ("50 bags", 790), ("100 bags", 1500))),
    ItemSpec("tea", "Green Tea", "හරිත තේ", "பச்சைத் தேநீர்", _TEA_BRANDS, (("20 bags", 560), ("50 bags", 1300))),
    ItemSpec("tea", "Ginger Tea", "ඉඟුරු තේ", "இஞ்சித் தேநீர்", ("Dilmah", "Zesta", "Link Samahan"), (("20 bags", 450), ("10 sachets", 380))),
    ItemSpec("tea", "Instant Coffee", "ක්ෂණික කෝපි", "உடனடி கோப்பி", ("Nescafe", "Harischandra", "Jacobs"), (("50g", 690), ("100g", 1320), ("200g", 2550))),
    ItemSpec("tea", "Coffee Powder", "කෝපි කුඩු", "கோப்பித் தூள்", ("Harischandra", "Lion", HOUSE), (("100g", 420), ("250g", 980))),
    # Biscuits
    ItemSpec("biscuits", "Cream Crackers", "ක්‍රීම් ක්‍රැකර්", "கிறீம் கிறக்கர்", _BISCUIT_BRANDS, (("190g", 230), ("490g", 540))),
    ItemSpec("biscuits", "Marie Biscuits", "මාරි බිස්කට්", "மேரி பிஸ்கட்", _BISCUIT_BRANDS, (("80g", 90), ("360g", 360))),
    ItemSpec("biscuits", "Lemon Puff", "ලෙමන් පෆ්", "லெமன் பஃப்", _BISCUIT_BRANDS, (("100g", 150), ("200g", 290))),
    ItemSpec("biscuits", "Chocolate Cream Biscuits", "චොකලට් ක්‍රීම් බිස්කට්", "சொக்லட் கிறீம் பிஸ்கட்", _BISCUIT_BRANDS, (("100g", 170), ("200g", 320))),
    ItemSpec("biscuits", "Ginger Biscuits", "ඉඟුරු බිස්කට්", "இஞ்சி பிஸ்கட்", _BISCUIT_BRANDS, (("85g", 120), ("250g", 330))),
    ItemSpec("biscuits", "Milk Short Cake", "කිරි ෂෝට් කේක්", "பால் ஷோர்ட் கேக்", _BISCUIT_BRANDS, (("85g", 110), ("200g", 250))),
    ItemSpec("biscuits", "Cheese Crackers", "චීස් ක්‍රැකර්", "சீஸ் கிறக்கர்", _BISCUIT_BRANDS, (("100g", 160), ("200g", 300))),
    ItemSpec("biscuits", "Wafers", "වේෆර්", "வேஃபர்", _BISCUIT_BRANDS, (("100g", 180), ("250g", 420))),
    ItemSpec("biscuits", "Cookies", "කුකීස්", "குக்கீஸ்", _BISCUIT_BRANDS, (("150g", 340), ("300g", 640))),
    # Dairy
    ItemSpec("dairy", "Full Cream Milk Powder", "කිරිපිටි", "பால் மா", _DAIRY_POWDER, (("400g", 1150), ("1kg", 2850))),
    ItemSpec("dairy", "Fresh Milk", "නැවුම් කිරි", "புதிய பால்", _DAIRY_FRESH, (("180ml", 120), ("1L", 580))),
    ItemSpec("dairy", "Set Yoghurt", "යෝගට්", "யோகட்", _DAIRY_FRESH, (("80g", 80), ("1L", 720))),
    ItemSpec("dairy", "Buffalo Curd", "මී කිරි", "எருமைத் தயிர்", ("Ambewela", "Pelwatte", HOUSE), (("400ml", 520), ("1L", 1150))),
    ItemSpec("dairy", "Butter", "බටර්", "வெண்ணெய்", ("Anchor", "Pelwatte", "Kotmale", "Lakspray"), (("100g", 480), ("227g", 1050))),
    ItemSpec("dairy", "Cheese Slices", "චීස් පෙති", "சீஸ் துண்டுகள்", ("Kotmale", "Happy Cow", "Anchor"), (("100g", 690), ("200g", 1290))),
    ItemSpec("dairy", "Chocolate Milk", "චොකලට් කිරි", "சொக்லட் பால்", _DAIRY_FRESH, (("180ml", 150), ("1L", 720))),
    # Beverages
    ItemSpec("beverages", "Cream Soda", "ක්‍රීම් සෝඩා", "கிறீம் சோடா", _SOFT_DRINKS, (("400ml", 180), ("1L", 360), ("1.5L", 480))),
    ItemSpec("beverages", "Ginger Beer", "ජින්ජර් බියර්", "இஞ்சி பியர்", _SOFT_DRINKS, (("400ml", 180), ("1L", 360), ("1.5L", 480))),
    ItemSpec("beverages", "Orange Barley", "ඔරේන්ජ් බාර්ලි", "ஒரேஞ் பார்லி", _SOFT_DRINKS, (("400ml", 170), ("1L", 340))),
    ItemSpec("beverages", "Cola", "කෝලා", "கோலா", _SOFT_DRINKS, (("400ml", 190), ("1L", 380), ("1.5L", 500), ("2L", 620))),
    ItemSpec("beverages", "Lemonade", "ලෙමනේඩ්", "எலுமிச்சை பானம்", _SOFT_DRINKS, (("400ml", 170), ("1.5L", 470))),
    ItemSpec("beverages", "Mango Nectar", "අඹ නෙක්ටා", "மாம்பழ நெக்டர்", ("Kist", "MD", "Smak"), (("200ml", 150), ("1L", 620))),
    ItemSpec("beverages", "Woodapple Nectar", "දිවුල් නෙක්ටා", "விளாம்பழ நெக்டர்", ("Kist", "MD", "Smak"), (("200ml", 150), ("1L", 620))),
    ItemSpec("beverages", "Lime Cordial", "දෙහි කෝඩියල්", "தேசிக்காய் கோடியல்", ("MD", "Kist", "Elephant House"), (("400ml", 450), ("750ml", 790))),
    ItemSpec("beverages", "Drinking Water", "පානීය ජලය", "குடிநீர்", ("Elephant House", "Aquafina", "Kinley", "Hayleys"), (("500ml", 80), ("1L", 120), ("5L", 380))),
    ItemSpec("beverages", "Energy Drink", "ශක්ති පානය", "சக்தி பானம்", ("Red Bull", "Monster", "Sting"), (("250ml", 450), ("500ml", 750))),
    ItemSpec("beverages", "Malted Milk Drink", "මෝල්ට් පානය", "மோல்ட் பானம்", ("Milo", "Horlicks", "Nestomalt", "Viva"), (("400g", 1090), ("180ml", 180))),
    ItemSpec("beverages", "King Coconut Water", "තැඹිලි වතුර", "செவ்விளநீர்", ("Kist", "Thambili Fresh"), (("330ml", 280), ("1L", 690))),
    # Household
    ItemSpec("household", "Laundry Soap", "රෙදි සෝදන සබන්", "சலவைச் சவர்க்காரம்", _HOUSEHOLD, (("110g", 95), ("4 pack", 360))),
    ItemSpec("household", "Detergent Powder", "සබන් කුඩු", "சலவைத் தூள்", _HOUSEHOLD, (("500g", 420), ("1kg", 790), ("2kg", 1520))),
    ItemSpec("household", "Dishwash Liquid", "පිඟන් සෝදන දියර", "பாத்திரம் கழுவும் திரவம்", _HOUSEHOLD, (("250ml", 260), ("500ml", 480))),
    ItemSpec("household", "Toilet Cleaner", "වැසිකිළි පවිත්‍රකාරකය", "கழிப்பறை சுத்திகரிப்பான்", _HOUSEHOLD, (("500ml", 520), ("1L", 950))),
    ItemSpec("household", "Floor Cleaner", "බිම පවිත්‍රකාරකය", "தரை சுத்திகரிப்பான்", _HOUSEHOLD, (("500ml", 450), ("1L", 820))),
    ItemSpec("household", "Mosquito Coils", "මදුරු දඟර", "நுளம்புச் சுருள்", ("Baygon", "Mortein", "Goodknight"), (("10 coils", 190), ("20 coils", 360))),
    ItemSpec("household", "Safety Matches", "ගිනිපෙට්ටි", "தீப்பெட்டி", ("Swan", "Lion", HOUSE), (("10 boxes", 120),)),
    ItemSpec("household", "Candles", "ඉටිපන්දම්", "மெழுகுவர்த்தி", ("Lumala", "Ceylon Candles", HOUSE), (("6 pack", 240), ("12 pack", 450))),
    ItemSpec("household", "Toilet Tissue", "ටිෂූ රෝල්", "டிஷ்யூ ரோல்", ("Fine", "Softlan", "Kleenex", HOUSE), (("2 rolls", 240), ("10 rolls", 1100))),
    ItemSpec("household", "Garbage Bags", "කසළ බෑග්", "குப்பைப் பைகள்", ("Glad", "Arpico", HOUSE), (("10 bags", 290), ("30 bags", 780))),
    ItemSpec("household", "Aluminium Foil", "ඇලුමිනියම් ෆොයිල්", "அலுமினியத் தகடு", ("Glad", "Diamond", HOUSE), (("7.5m", 520), ("25m", 1450))),
    ItemSpec("household", "Air Freshener", "වායු සුවඳකාරකය", "காற்று நறுமணமூட்டி", ("Glade", "Air Wick", "Ambi Pur"), (("300ml", 990),)),
    ItemSpec("household", "Insect Spray", "කෘමි නාශක ස්ප්‍රේ", "பூச்சிக்கொல்லி ஸ்பிரே", ("Baygon", "Mortein", "Raid"), (("300ml", 890), ("600ml", 1550))),
    # Personal care
    ItemSpec("personal", "Toothpaste", "දත් බෙහෙත්", "பற்பசை", _PERSONAL, (("70g", 190), ("120g", 310), ("160g", 395))),
    ItemSpec("personal", "Toothbrush", "දත් බුරුසුව", "பல் துலக்கி", ("Signal", "Clogard", "Colgate", "Oral-B"), (("soft", 150), ("medium", 150), ("3 pack", 390))),
    ItemSpec("personal", "Shampoo", "ෂැම්පූ", "ஷாம்பு", ("Sunsilk", "Clinic Plus", "Dove", "Head & Shoulders", "Kumarika"), (("80ml", 280), ("180ml", 590), ("340ml", 990))),
    ItemSpec("personal", "Bath Soap", "නාන සබන්", "குளியல் சவர்க்காரம்", ("Lux", "Lifebuoy", "Velvet", "Rani Sandalwood", "Pears", "Dove"), (("70g", 140), ("100g", 190), ("4 pack", 690))),
    ItemSpec("personal", "Hair Oil", "කොණ්ඩ තෙල්", "கூந்தல் எண்ணெய்", ("Kumarika", "Vatika", "Parachute", "Nature's Secrets"), (("80ml", 320), ("200ml", 690))),
    ItemSpec("personal", "Body Lotion", "ශරීර ලෝෂන්", "உடல் லோஷன்", ("Nivea", "Vaseline", "Nature's Secrets", "Baby Cheramy"), (("100ml", 590), ("400ml", 1690))),
    ItemSpec("personal", "Deodorant", "දුර්ගන්ධ නාශක", "டியோடரண்ட்", ("Rexona", "Nivea", "Axe"), (("150ml", 990),)),
    ItemSpec("personal", "Talcum Powder", "ටැල්කම් පවුඩර්", "டால்கம் பவுடர்", ("Baby Cheramy", "Ponds", "Clinic", "Rani"), (("100g", 260), ("200g", 480))),
    ItemSpec("personal", "Sanitary Napkins", "සනීපාරක්ෂක තුවා", "சுகாதாரத் துவாய்கள்", ("Eva", "Whisper", "Fems", "Kotex"), (("10 pads", 390), ("20 pads", 740))),
    ItemSpec("personal", "Disposable Razor", "රේසරය", "சவரக்கத்தி", ("Gillette", "Bic", "Schick"), (("2 pack", 290), ("5 pack", 650))),
    ItemSpec("personal", "Herbal Balm", "බාම්", "பாம்", ("Siddhalepa", "Link Samahan", "Tiger Balm"), (("10g", 160), ("25g", 340))),
    # Bakery
    ItemSpec("bakery", "Sandwich Bread", "සැන්ඩ්විච් පාන්", "சாண்ட்விச் பாண்", ("Perera & Sons", "Fab", "Keells", HOUSE), (("450g", 190), ("900g", 360)), exempt=True),
    ItemSpec("bakery", "Kurakkan Bread", "කුරක්කන් පාන්", "குரக்கன் பாண்", ("Perera & Sons", "Fab", HOUSE), (("450g", 240),), exempt=True),
    ItemSpec("bakery", "Tea Bun", "ටී බනිස්", "டீ பணிஸ்", ("Perera & Sons", "Fab", HOUSE), (("single", 70), ("4 pack", 260))),
    ItemSpec("bakery", "Kimbula Bun", "කිඹුලා බනිස්", "கிம்புலா பணிஸ்", ("Perera & Sons", "Fab", HOUSE), (("single", 90),)),
    ItemSpec("bakery", "Fish Bun", "මාළු බනිස්", "மீன் பணிஸ்", ("Perera & Sons", "Fab", HOUSE), (("single", 120),)),
    ItemSpec("bakery", "Seeni Sambol Bun", "සීනි සම්බෝල බනිස්", "சீனி சம்பல் பணிஸ்", ("Perera & Sons", "Fab", HOUSE), (("single", 110),)),
    ItemSpec("bakery", "Butter Cake", "බටර් කේක්", "பட்டர் கேக்", ("Perera & Sons", "Fab", "Green Cabin", HOUSE), (("slice", 150), ("500g", 890))),
    ItemSpec("bakery", "Chocolate Cake", "චොකලට් කේක්", "சொக்லட் கேக்", ("Perera & Sons", "Fab", "Green Cabin", HOUSE), (("slice", 220), ("1kg", 2900))),
    ItemSpec("bakery", "Fish Patties", "මාළු පැටිස්", "மீன் பட்டிஸ்", ("Perera & Sons", "Fab", HOUSE), (("single", 120), ("6 pack", 690))),
    ItemSpec("bakery", "Swiss Roll", "ස්විස් රෝල්", "சுவிஸ் ரோல்", ("Munchee", "Maliban", "Fab"), (("200g", 420),)),
    # Stationery
    ItemSpec("stationery", "CR Book", "සී.ආර්. පොත", "சி.ஆர். புத்தகம்", _STATIONERY, (("80 pages", 220), ("120 pages", 320), ("160 pages", 410), ("200 pages", 490))),
    ItemSpec("stationery", "Exercise Book", "අභ්‍යාස පොත", "அப்பியாசப் புத்தகம்", _STATIONERY, (("40 pages", 90), ("80 pages", 160), ("120 pages", 230))),
    ItemSpec("stationery", "Ball Point Pen", "බෝල් පොයින්ට් පෑන", "பந்துமுனைப் பேனா", ("Atlas", "Pelikan", "Reynolds", "Piano"), (("blue", 35), ("black", 35), ("red", 35), ("10 pack", 320))),
    ItemSpec("stationery", "Pencil", "පැන්සල", "பென்சில்", ("Atlas", "Staedtler", "Faber-Castell"), (("HB", 30), ("2B", 35), ("12 pack", 340))),
    ItemSpec("stationery", "Eraser", "මකනය", "அழிப்பான்", ("Atlas", "Staedtler", "Faber-Castell"), (("small", 25), ("large", 45))),
    ItemSpec("stationery", "Ruler", "කෝදුව", "அளவுகோல்", ("Atlas", "Promate"), (("15cm", 40), ("30cm", 70))),
    ItemSpec("stationery", "Paper Glue", "මැලියම්", "பசை", ("Atlas", "Promate", "Fevicol"), (("40ml", 110), ("100ml", 220))),
    ItemSpec("stationery", "Crayons", "ක්‍රේයොන්", "கிரேயோன்", ("Atlas", "Faber-Castell", "Crayola"), (("12 colours", 190), ("24 colours", 360))),
    ItemSpec("stationery", "A4 Paper", "A4 කඩදාසි", "A4 தாள்", ("Double A", "Navaliya", "PaperOne"), (("100 sheets", 590), ("500 sheets", 2650))),
    ItemSpec("stationery", "Envelopes", "ලියුම් කවර", "கடித உறைகள்", ("Atlas", "Navaliya", HOUSE), (("10 pack", 120), ("50 pack", 520))),
    ItemSpec("stationery", "Colour Pencils", "වර්ණ පැන්සල්", "வர்ணப் பென்சில்கள்", ("Atlas", "Faber-Castell", "Staedtler"), (("12 colours", 290), ("24 colours", 560))),
    ItemSpec("stationery", "Highlighter", "හයිලයිටර්", "ஹைலைட்டர்", ("Atlas", "Stabilo", "Faber-Castell"), (("yellow", 120), ("4 pack", 420))),
    # Oils and fats
    ItemSpec("oils", "Coconut Oil", "පොල් තෙල්", "தேங்காய் எண்ணெய்", _OILS, (("500ml", 390), ("1L", 760), ("2L", 1490))),
    ItemSpec("oils", "Vegetable Oil", "එළවළු තෙල්", "தாவர எண்ணெய்", _OILS, (("500ml", 450), ("1L", 870), ("5L", 4200))),
    ItemSpec("oils", "Margarine", "මාගරින්", "மார்ஜரின்", ("Astra", "Flora", "Dolly"), (("250g", 420), ("500g", 790))),
    ItemSpec("oils", "Ghee", "ගී", "நெய்", ("Anchor", "Pelwatte", "Amul"), (("200g", 990), ("500g", 2300))),
    ItemSpec("oils", "Sesame Oil", "තල තෙල්", "நல்லெண்ணெய்", ("Marina", "Idhayam", HOUSE), (("200ml", 520), ("500ml", 1190))),
    # Sugar, flour, salt
    ItemSpec("sugar", "White Sugar", "සුදු සීනි", "வெள்ளைச் சீனி", _SUGAR, (("1kg", 290), ("2kg", 570))),
    ItemSpec("sugar", "Brown Sugar", "දුඹුරු සීනි", "சிவப்புச் சீனி", _SUGAR, (("500g", 190), ("1kg", 370))),
    ItemSpec("sugar", "Wheat Flour", "තිරිඟු පිටි", "கோதுமை மா", _SUGAR, (("1kg", 240), ("2kg", 470), ("5kg", 1150)), exempt=True),
    ItemSpec("sugar", "Rice Flour", "හාල් පිටි", "அரிசி மா", _SUGAR, (("500g", 160), ("1kg", 310))),
    ItemSpec("sugar", "Kurakkan Flour", "කුරක්කන් පිටි", "குரக்கன் மா", _SUGAR, (("500g", 260), ("1kg", 500))),
    ItemSpec("sugar", "Table Salt", "ලුණු", "உப்பு", ("Ceylon Salt", "Lanka Salt", HOUSE), (("400g", 60), ("1kg", 130))),
    ItemSpec("sugar", "Kithul Jaggery", "කිතුල් හකුරු", "கித்துள் கருப்பட்டி", ("Ceylon Harvest", "Govi Aruna", HOUSE), (("250g", 590), ("500g", 1150))),
    ItemSpec("sugar", "Kithul Treacle", "කිතුල් පැණි", "கித்துள் பாணி", ("MD", "Ceylon Harvest", HOUSE), (("350ml", 890), ("750ml", 1790))),
    # Noodles and pasta
    ItemSpec("noodles", "Chicken Noodles", "චිකන් නූඩ්ල්ස්", "கோழி நூடுல்ஸ்", _NOODLES, (("74g", 140), ("5 pack", 650))),
    ItemSpec("noodles", "Curry Noodles", "කරි නූඩ්ල්ස්", "கறி நூடுல்ஸ்", _NOODLES, (("74g", 140), ("5 pack", 650))),
    ItemSpec("noodles", "Kottu Mee", "කොත්තු මී", "கொத்து மீ", _NOODLES, (("80g", 190), ("3 pack", 540))),
    ItemSpec("noodles", "String Hoppers", "ඉඳිආප්ප", "இடியப்பம்", ("Harischandra", "Prima", HOUSE), (("400g", 380),)),
    ItemSpec("noodles", "Spaghetti", "ස්පගටි", "ஸ்பகெட்டி", ("Harischandra", "Barilla", "Prima"), (("400g", 420), ("1kg", 980))),
    ItemSpec("noodles", "Macaroni", "මැකරෝනි", "மக்ரோனி", ("Harischandra", "Barilla", "Prima"), (("400g", 390),)),
    ItemSpec("noodles", "Vermicelli", "සේමියා", "சேமியா", ("Harischandra", "Prima", "MDS"), (("200g", 190), ("400g", 360))),
    # Canned food and sauces
    ItemSpec("canned", "Mackerel in Tomato Sauce", "ටින් මාළු", "டின் மீன்", _CANNED, (("155g", 390), ("425g", 890))),
    ItemSpec("canned", "Tuna Chunks", "ටූනා", "டூனா", _CANNED, (("185g", 690),)),
    ItemSpec("canned", "Coconut Milk Powder", "පොල් කිරි පිටි", "தேங்காய்ப் பால் மா", ("Maggi", "MD", "Kist"), (("50g", 130), ("300g", 690))),
    ItemSpec("canned", "Coconut Cream", "පොල් කිරි", "தேங்காய்ப் பால்", ("MD", "Kist", "Coco Lanka"), (("200ml", 260), ("400ml", 480))),
    ItemSpec("canned", "Tomato Sauce", "තක්කාලි සෝස්", "தக்காளி சோஸ்", _CANNED, (("400g", 420), ("1kg", 890))),
    ItemSpec("canned", "Chilli Sauce", "මිරිස් සෝස්", "மிளகாய் சோஸ்", _CANNED, (("400g", 440), ("1kg", 920))),
    ItemSpec("canned", "Soy Sauce", "සෝයා සෝස්", "சோயா சோஸ்", ("Kist", "MD", "Edinborough"), (("350ml", 390),)),
    ItemSpec("canned", "Mixed Fruit Jam", "පලතුරු ජෑම්", "பழ ஜாம்", ("MD", "Kist", "Ruhunu"), (("300g", 490), ("500g", 780))),
    ItemSpec("canned", "Vinegar", "විනාකිරි", "வினாகிரி", ("MD", "Kist", HOUSE), (("400ml", 190),)),
    ItemSpec("canned", "Seeni Sambol", "සීනි සම්බෝල", "சீனி சம்பல்", ("MD", "Harischandra", HOUSE), (("200g", 520),)),
    ItemSpec("canned", "Baked Beans", "බේක්ඩ් බෝංචි", "பேக்ட் பீன்ஸ்", ("Heinz", "Edinborough", "Ocean Pride"), (("415g", 690),)),
    # Snacks and sweets
    ItemSpec("snacks", "Milk Chocolate", "කිරි චොකලට්", "பால் சொக்லட்", ("Ritzbury", "Kandos", "Cadbury", "Edna"), (("40g", 200), ("100g", 480))),
    ItemSpec("snacks", "Potato Chips", "අර්තාපල් චිප්ස්", "உருளைக்கிழங்கு சிப்ஸ்", _SNACKS, (("40g", 190), ("100g", 420))),
    ItemSpec("snacks", "Murukku", "මුරුක්කු", "முறுக்கு", _SNACKS, (("100g", 170), ("250g", 390))),
    ItemSpec("snacks", "Mixture", "මික්ස්චර්", "மிக்சர்", _SNACKS, (("100g", 180), ("250g", 410))),
    ItemSpec("snacks", "Roasted Peanuts", "බැදපු රටකජු", "வறுத்த கச்சான்", _SNACKS, (("100g", 230), ("250g", 540))),
    ItemSpec("snacks", "Cashew Nuts", "කජු", "கஜு", ("Ceylon Harvest", "Munchee", HOUSE), (("100g", 790), ("250g", 1890))),
    ItemSpec("snacks", "Toffees", "ටොෆී", "டொஃபி", ("Ritzbury", "Kandos", "Edna", "Maliban"), (("100g", 220), ("250g", 520))),
    ItemSpec("snacks", "Kalu Dodol", "කළු දොදොල්", "கலு தொதல்", ("Ceylon Harvest", "Pereras", HOUSE), (("250g", 690), ("500g", 1290))),
    ItemSpec("snacks", "Kokis", "කොකිස්", "கொக்கிஸ்", ("Ceylon Harvest", HOUSE), (("200g", 350),)),
    ItemSpec("snacks", "Corn Puffs", "බඩ ඉරිඟු පෆ්ස්", "சோள பஃப்ஸ்", _SNACKS, (("50g", 120), ("120g", 260))),
    # Frozen food
    ItemSpec("frozen", "Chicken Sausages", "චිකන් සොසේජස්", "கோழி சொசேஜ்", _FROZEN, (("250g", 690), ("500g", 1290))),
    ItemSpec("frozen", "Chicken Meatballs", "චිකන් මීට්බෝල්ස්", "கோழி மீட்போல்ஸ்", _FROZEN, (("250g", 720), ("500g", 1350))),
    ItemSpec("frozen", "Frozen Paratha", "ශීත කළ පරාටා", "உறைந்த பராட்டா", _FROZEN, (("5 pieces", 450), ("20 pieces", 1650))),
    ItemSpec("frozen", "Vanilla Ice Cream", "වැනිලා අයිස් ක්‍රීම්", "வெனிலா ஐஸ் கிறீம்", ("Elephant House", "Cargills Magic", "Highland"), (("1L", 990), ("2L", 1790))),
    ItemSpec("frozen", "Chocolate Ice Cream", "චොකලට් අයිස් ක්‍රීම්", "சொக்லட் ஐஸ் கிறீம்", ("Elephant House", "Cargills Magic", "Highland"), (("1L", 1090), ("2L", 1990))),
    ItemSpec("frozen", "Green Peas", "ග්‍රීන් පීස්", "பச்சைப் பட்டாணி", ("Keells Krest", "Prima", HOUSE), (("500g", 590),)),
    ItemSpec("frozen", "Chicken Nuggets", "චිකන් නගට්ස්", "கோழி நகட்ஸ்", _FROZEN, (("250g", 890), ("500g", 1690))),
    # Eggs
    ItemSpec("eggs", "White Eggs", "සුදු බිත්තර", "வெள்ளை முட்டை", ("Farm Fresh", "Bairaha", HOUSE), (("6 pack", 300), ("10 pack", 490), ("30 tray", 1420))),
    ItemSpec("eggs", "Brown Eggs", "දුඹුරු බිත්තර", "பழுப்பு முட்டை", ("Farm Fresh", "Bairaha", HOUSE), (("6 pack", 320), ("10 pack", 520), ("30 tray", 1500))),
    ItemSpec("eggs", "Village Eggs", "ගම් බිත්තර", "நாட்டுக் கோழி முட்டை", ("Govi Aruna", HOUSE), (("6 pack", 420), ("10 pack", 690))),
    ItemSpec("eggs", "Quail Eggs", "වටු බිත්තර", "காடை முட்டை", ("Farm Fresh", HOUSE), (("12 pack", 360),)),
    # Baby care
    ItemSpec("baby", "Infant Formula", "ළදරු කිරිපිටි", "குழந்தைப் பால் மா", ("Nestle Lactogen", "Anchor Newdale", "Similac", "NAN"), (("400g", 2490), ("800g", 4790)), exempt=True),
    ItemSpec("baby", "Baby Diapers", "ළදරු ඩයපර්", "குழந்தை டயப்பர்", ("Velona Cuddles", "Huggies", "Pampers", "Molfix"), (("small 40", 2890), ("medium 36", 2990), ("large 30", 3090))),
    ItemSpec("baby", "Baby Soap", "ළදරු සබන්", "குழந்தைச் சவர்க்காரம்", ("Baby Cheramy", "Johnson's", "Pears"), (("75g", 180), ("3 pack", 490))),
    ItemSpec("baby", "Baby Powder", "ළදරු පවුඩර්", "குழந்தைப் பவுடர்", ("Baby Cheramy", "Johnson's"), (("100g", 290), ("200g", 540))),
    ItemSpec("baby", "Baby Wipes", "ළදරු වයිප්ස්", "குழந்தை துடைப்பான்கள்", ("Baby Cheramy", "Johnson's", "Velona Cuddles"), (("20 wipes", 290), ("80 wipes", 890))),
    ItemSpec("baby", "Baby Cereal", "ළදරු ධාන්‍ය ආහාර", "குழந்தை தானிய உணவு", ("Nestle Cerelac", "Samaposha", "Anchor"), (("200g", 690), ("400g", 1290))),
)  # fmt: skip

FRESH: Final = (
    # Vegetables
    FreshSpec("vegetables", "Carrot", "කැරට්", "கரட்", 420),
    FreshSpec("vegetables", "Beans", "බෝංචි", "பீன்ஸ்", 520),
    FreshSpec("vegetables", "Leeks", "ලීක්ස්", "லீக்ஸ்", 340),
    FreshSpec("vegetables", "Cabbage", "ගෝවා", "கோவா", 260),
    FreshSpec("vegetables", "Tomato", "තක්කාලි", "தக்காளி", 580),
    FreshSpec("vegetables", "Big Onion", "ලොකු ළූණු", "பெரிய வெங்காயம்", 360),
    FreshSpec("vegetables", "Red Onion", "රතු ළූණු", "சின்ன வெங்காயம்", 620),
    FreshSpec("vegetables", "Potato", "අල", "உருளைக்கிழங்கு", 380),
    FreshSpec("vegetables", "Pumpkin", "වට්ටක්කා", "பூசணிக்காய்", 190),
    FreshSpec("vegetables", "Brinjal", "වම්බටු", "கத்தரிக்காய்", 460),
    FreshSpec("vegetables", "Ladies Fingers", "බණ්ඩක්ක", "வெண்டைக்காய்", 480),
    FreshSpec("vegetables", "Green Chillies", "අමු මිරිස්", "பச்சை மிளகாய்", 880),
    FreshSpec("vegetables", "Capsicum", "මාළු මිරිස්", "குடைமிளகாய்", 760),
    FreshSpec("vegetables", "Beetroot", "බීට්රූට්", "பீட்ரூட்", 390),
    FreshSpec("vegetables", "Radish", "රාබු", "முள்ளங்கி", 240),
    FreshSpec("vegetables", "Cucumber", "පිපිඤ්ඤා", "வெள்ளரிக்காய்", 280),
    FreshSpec("vegetables", "Bitter Gourd", "කරවිල", "பாகற்காய்", 450),
    FreshSpec("vegetables", "Snake Gourd", "පතෝල", "புடலங்காய்", 260),
    FreshSpec("vegetables", "Drumsticks", "මුරුංගා", "முருங்கைக்காய்", 690),
    FreshSpec("vegetables", "Garlic", "සුදු ළූණු", "உள்ளி", 980),
    FreshSpec("vegetables", "Ginger", "ඉඟුරු", "இஞ்சி", 1400),
    FreshSpec("vegetables", "Sweet Potato", "බතල", "வற்றாளைக் கிழங்கு", 280),
    FreshSpec("vegetables", "Manioc", "මඤ්ඤොක්කා", "மரவள்ளிக் கிழங்கு", 180),
    FreshSpec("vegetables", "Ash Plantain", "අළු කෙසෙල්", "சாம்பல் வாழைக்காய்", 300),
    FreshSpec("vegetables", "Lime", "දෙහි", "தேசிக்காய்", 720),
    FreshSpec("vegetables", "Knolkhol", "නෝකෝල්", "நூல்கோல்", 320),
    FreshSpec("vegetables", "Long Beans", "මෑ", "பயற்றங்காய்", 440),
    FreshSpec("vegetables", "Winged Beans", "දඹල", "சிறகு அவரை", 520),
    FreshSpec("vegetables", "Young Jackfruit", "පොලොස්", "பிலாக்காய்", 260),
    FreshSpec("vegetables", "Gotu Kola", "ගොටුකොළ", "வல்லாரை", 900),
    FreshSpec("vegetables", "Mukunuwenna", "මුකුණුවැන්න", "பொன்னாங்கண்ணி", 700),
    FreshSpec("vegetables", "Kankun", "කංකුං", "கங்குன்", 480),
    # Fruits
    FreshSpec("fruits", "Ambul Banana", "ඇඹුල් කෙසෙල්", "அம்புல் வாழைப்பழம்", 280),
    FreshSpec("fruits", "Kolikuttu Banana", "කොළිකුට්ටු කෙසෙල්", "கோழிக்கூடு வாழைப்பழம்", 420),
    FreshSpec("fruits", "Papaya", "පැපොල්", "பப்பாசி", 260),
    FreshSpec("fruits", "Pineapple", "අන්නාසි", "அன்னாசி", 340),
    FreshSpec("fruits", "Karthakolomban Mango", "කර්තකොළඹ අඹ", "கறுத்தக்கொழும்பான் மாம்பழம்", 780),
    FreshSpec("fruits", "Apple", "ඇපල්", "அப்பிள்", 1650),
    FreshSpec("fruits", "Orange", "දොඩම්", "தோடம்பழம்", 1450),
    FreshSpec("fruits", "Green Grapes", "මිදි", "திராட்சை", 2400),
    FreshSpec("fruits", "Watermelon", "කොමඩු", "தர்ப்பூசணி", 220),
    FreshSpec("fruits", "Avocado", "අලිගැට පේර", "அவகாடோ", 690),
    FreshSpec("fruits", "Rambutan", "රඹුටන්", "ரம்புட்டான்", 480),
    FreshSpec("fruits", "Guava", "පේර", "கொய்யா", 520),
    FreshSpec("fruits", "Mangosteen", "මැංගුස්", "மங்குஸ்தான்", 1100),
    FreshSpec("fruits", "Passion Fruit", "පැෂන් ෆෘට්", "கொடித்தோடை", 640),
    FreshSpec("fruits", "Woodapple", "දිවුල්", "விளாம்பழம்", 300),
    FreshSpec("fruits", "Pomegranate", "දෙළුම්", "மாதுளை", 1800),
    # Fish and seafood
    FreshSpec("fish", "Tuna (Balaya)", "බලයා", "சூரை மீன்", 1600),
    FreshSpec("fish", "Seer Fish (Thora)", "තෝරා", "அறக்குளா", 3200),
    FreshSpec("fish", "Salaya", "සාලයා", "சாளை", 650),
    FreshSpec("fish", "Trevally (Paraw)", "පරව්", "பாரை", 2200),
    FreshSpec("fish", "Sailfish (Thalapath)", "තලපත්", "மயில் மீன்", 2400),
    FreshSpec("fish", "Prawns", "ඉස්සෝ", "இறால்", 3400),
    FreshSpec("fish", "Cuttlefish", "දැල්ලෝ", "கணவாய்", 2600),
    FreshSpec("fish", "Crab", "කකුළුවෝ", "நண்டு", 2800),
    FreshSpec("fish", "Dried Sprats", "හාල්මැස්සෝ", "நெத்தலிக் கருவாடு", 2100),
    FreshSpec("fish", "Dried Katta", "කට්ට කරවල", "கட்டா கருவாடு", 3600),
    FreshSpec("fish", "Maldive Fish", "උම්බලකඩ", "மாசி", 6400),
    # Meat and poultry
    FreshSpec("meat", "Whole Chicken", "සම්පූර්ණ කුකුළු මස්", "முழுக் கோழி", 1150),
    FreshSpec("meat", "Chicken Breast", "කුකුළු පපු මස්", "கோழி நெஞ்சுக்கறி", 1650),
    FreshSpec("meat", "Chicken Drumsticks", "කුකුළු කකුල්", "கோழிக் கால்கள்", 1450),
    FreshSpec("meat", "Beef", "හරක් මස්", "மாட்டிறைச்சி", 2400),
    FreshSpec("meat", "Mutton", "එළු මස්", "ஆட்டிறைச்சி", 4800),
    FreshSpec("meat", "Pork", "ඌරු මස්", "பன்றி இறைச்சி", 2200),
)
