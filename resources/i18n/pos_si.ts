<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="si_LK">
<context>
    <name>AdminPages</name>
    <message>
        <source>Cancel</source>
        <translation>අවලංගු කරන්න</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>හරි</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>කළමනාකරු අනුමැතිය</translation>
    </message>
    <message>
        <source>manager&apos;s username</source>
        <translation>කළමනාකරුගේ පරිශීලක නාමය</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>කළමනාකරු</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>අනුමත කරන්න</translation>
    </message>
    <message>
        <source>Enter the manager&apos;s username and PIN.</source>
        <translation>කළමනාකරුගේ පරිශීලක නාමය සහ PIN අංකය ඇතුළත් කරන්න.</translation>
    </message>
    <message>
        <source>Approval failed: {}</source>
        <translation>අනුමැතිය අසාර්ථකයි: {}</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <source>Overview</source>
        <translation>දළ විශ්ලේෂණය</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>භාණ්ඩ</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>භාණ්ඩ නාමාවලිය</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>කාණ්ඩ</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>මිල වෙනස්කම්</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>ආයාත සහ අපනයන</translation>
    </message>
    <message>
        <source>Barcode labels</source>
        <translation>බාර්කේත ලේබල</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>තොගය</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>තොග කළමනාකරණය</translation>
    </message>
    <message>
        <source>Stock take</source>
        <translation>තොග ගණනය</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>ගබඩා</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>පාරිභෝගිකයන්</translation>
    </message>
    <message>
        <source>Loyalty settings</source>
        <translation>ලෝයල්ටි සැකසුම්</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>ත්‍යාග</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>ප්‍රවර්ධන</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>කූපන</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>මිලදී ගැනීමේ ඇණවුම්</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>මිලදී ගැනීම්</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>සැපයුම්කරුවන්</translation>
    </message>
    <message>
        <source>Suggested orders</source>
        <translation>යෝජිත ඇණවුම්</translation>
    </message>
    <message>
        <source>Delivery orders</source>
        <translation>භාරදීමේ ඇණවුම්</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>බෙදාහැරීම</translation>
    </message>
    <message>
        <source>Couriers</source>
        <translation>කුරියර්</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>පරිශීලකයන්</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>පරිපාලනය</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>අවසර</translation>
    </message>
    <message>
        <source>Store profile</source>
        <translation>වෙළඳසැල් තොරතුරු</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>සැකසුම්</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>බදු</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>මුදල් වර්ග</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>ගෙවීම් ක්‍රම</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>දෘඩාංග</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>භාෂාව</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>දැනුම්දීම්</translation>
    </message>
    <message>
        <source>Sales reports</source>
        <translation>විකුණුම් වාර්තා</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>වාර්තා</translation>
    </message>
    <message>
        <source>Inventory valuation</source>
        <translation>තොග වටිනාකම</translation>
    </message>
    <message>
        <source>Loyalty liability</source>
        <translation>ලෝයල්ටි බැඳීම</translation>
    </message>
    <message>
        <source>Shift history</source>
        <translation>මාරු ඉතිහාසය</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>විගණන සටහන</translation>
    </message>
    <message>
        <source>The back office is for managers and administrators.</source>
        <translation>කළමනාකරණ අංශය කළමනාකරුවන් සහ පරිපාලකයන් සඳහා පමණි.</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>කළමනාකරණ අංශය</translation>
    </message>
    <message>
        <source>Unexpected error: {}</source>
        <translation>අනපේක්ෂිත දෝෂයක්: {}</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>The backup failed: {}</source>
        <translation>උපස්ථ කිරීම අසාර්ථකයි: {}</translation>
    </message>
    <message>
        <source>Backed up to {}</source>
        <translation>{} වෙත උපස්ථ කරන ලදී</translation>
    </message>
    <message>
        <source>Backup saved: {} ({:.1f} MB).</source>
        <translation>උපස්ථය සුරකින ලදී: {} ({:.1f} MB).</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>උපස්ථ කිරීමක් දැනටමත් ක්‍රියාත්මක වේ.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>දැන් උපස්ථ කරන්න</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>No camera found for barcode scanning. Plug one in, or turn camera scanning off in the scanner settings.</source>
        <translation>බාර්කේත ස්කෑන් කිරීම සඳහා කැමරාවක් හමු නොවීය. කැමරාවක් සම්බන්ධ කරන්න, නැතහොත් ස්කෑනර් සැකසුම් තුළ කැමරා ස්කෑන් කිරීම අක්‍රිය කරන්න.</translation>
    </message>
    <message>
        <source>Camera {} was not found.</source>
        <translation>කැමරාව {} හමු නොවීය.</translation>
    </message>
    <message>
        <source>The camera stopped: {}</source>
        <translation>කැමරාව නතර විය: {}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>නොදන්නා දෝෂයකි</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>නව ප්‍රවර්ධනය</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>ප්‍රවර්ධනය සංස්කරණය කරන්න</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>අවමයක් නැත</translation>
    </message>
    <message>
        <source> days either side</source>
        <translation> දින (දෙපසට)</translation>
    </message>
    <message>
        <source>Only between these dates</source>
        <translation>මෙම දින අතර පමණි</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>සක්‍රියයි</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>වර්ගය</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>අමතර ලකුණු</translation>
    </message>
    <message>
        <source>Points multiplier</source>
        <translation>ලකුණු ගුණකය</translation>
    </message>
    <message>
        <source>Minimum spend (LKR)</source>
        <translation>අවම වියදම (LKR)</translation>
    </message>
    <message>
        <source>Birthday/anniversary window</source>
        <translation>උපන්දින/සංවත්සර කාල පරාසය</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>මට්ටම්</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>දින</translation>
    </message>
    <message>
        <source>Purchase: every sale over the minimum. Birthday: sales within the window around the customer&apos;s birthday. Anniversary: around the day they became a customer. Referral: defined here, awarded once customers record who referred them (not yet available).</source>
        <translation>මිලදී ගැනීම: අවමයට වඩා වැඩි සෑම විකුණුමක්ම. උපන්දිනය: පාරිභෝගිකයාගේ උපන්දිනය වටා ඇති කාල පරාසය තුළ විකුණුම්. සංවත්සරය: ඔවුන් පාරිභෝගිකයකු වූ දිනය වටා. යොමු කිරීම: මෙහි නිර්වචනය කෙරේ, පාරිභෝගිකයන් තමන් යොමු කළේ කවුදැයි සටහන් කළ පසු ප්‍රදානය කෙරේ (තවම ලබා ගත නොහැක).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>සුරකින්න</translation>
    </message>
    <message>
        <source>The multiplier is not a number.</source>
        <translation>ගුණකය සංඛ්‍යාවක් නොවේ.</translation>
    </message>
    <message>
        <source>The minimum spend is not an amount.</source>
        <translation>අවම වියදම වලංගු මුදලක් නොවේ.</translation>
    </message>
    <message>
        <source>Choose at least one tier.</source>
        <translation>අවම වශයෙන් එක් මට්ටමක් තෝරන්න.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaign</source>
        <translation>ප්‍රවර්ධන ව්‍යාපාරය</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>වර්ගය</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>ප්‍රසාද ලකුණු</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>ගුණකය</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>අවම වියදම</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>මට්ටම්</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ආරම්භක දිනය</translation>
    </message>
    <message>
        <source>To</source>
        <translation>අවසන් දිනය</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>සක්‍රිය</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>ප්‍රවර්ධන ව්‍යාපාර</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>නව ප්‍රවර්ධන ව්‍යාපාරය…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>සංස්කරණය කරන්න…</translation>
    </message>
    <message>
        <source>Switch on/off</source>
        <translation>සක්‍රිය/අක්‍රිය කරන්න</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ඔව්</translation>
    </message>
    <message>
        <source>No</source>
        <translation>නැත</translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation>පළමුව ප්‍රවර්ධන ව්‍යාපාරයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>සුරකින ලදී.</translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>භාණ්ඩය</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>ප්‍රමාණය</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>මිල</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>වට්ටම</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>එකතුව</translation>
    </message>
</context>
<context>
    <name>CashDialog</name>
    <message>
        <source>Cash in</source>
        <translation>මුදල් ඇතුළත් කිරීම</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>මුදල් ඉවත් කිරීම</translation>
    </message>
    <message>
        <source>No sale: open the drawer</source>
        <translation>විකුණුමක් නැත: ලාච්චුව විවෘත කරන්න</translation>
    </message>
    <message>
        <source>Payout (paid to someone, e.g. a supplier)</source>
        <translation>පිටතට ගෙවීම (යමෙකුට ගෙවූ, උදා. සැපයුම්කරුවෙකුට)</translation>
    </message>
    <message>
        <source>why the drawer is opened (optional)</source>
        <translation>ලාච්චුව විවෘත කරන්නේ ඇයි (අනිවාර්‍ය නොවේ)</translation>
    </message>
    <message>
        <source>Opens the cash drawer without a sale. It is recorded.</source>
        <translation>විකුණුමකින් තොරව මුදල් ලාච්චුව විවෘත කරයි. මෙය සටහන් වේ.</translation>
    </message>
    <message>
        <source>e.g. change from the safe</source>
        <translation>උදා. සේප්පුවෙන් ගත් සුළු මුදල්</translation>
    </message>
    <message>
        <source>e.g. drop to the safe</source>
        <translation>උදා. සේප්පුවට දැමීම</translation>
    </message>
    <message>
        <source>Amount ({})</source>
        <translation>මුදල ({})</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>හේතුව</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>ලාච්චුව විවෘත කරන්න</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>සටහන් කරන්න</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>මුදල ඇතුළත් කරන්න.</translation>
    </message>
    <message>
        <source>Enter a reason.</source>
        <translation>හේතුවක් ඇතුළත් කරන්න.</translation>
    </message>
    <message>
        <source>No sale recorded; opening the drawer.</source>
        <translation>“විකුණුමක් නැත” ලෙස සටහන් කළා; ලාච්චුව විවෘත වේ.</translation>
    </message>
    <message>
        <source>{} recorded: {}</source>
        <translation>{} සටහන් කළා: {}</translation>
    </message>
</context>
<context>
    <name>CatalogData</name>
    <message>
        <source>New</source>
        <translation>නව</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>වෙනස් වූ</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>නොවෙනස් වූ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>දෝෂය</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ඕනෑම තත්ත්වයක්</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>සක්‍රියයි</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>අක්‍රියයි</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>කෙටුම්පත</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>ඉදිරියට එන</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>බලපවත්නා</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>ප්‍රතිස්ථාපනය කළ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>අවලංගු කළ</translation>
    </message>
    <message>
        <source>Past and cancelled</source>
        <translation>පසුගිය සහ අවලංගු කළ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>සියල්ල</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Category</source>
        <translation>කාණ්ඩය</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>භාණ්ඩ</translation>
    </message>
    <message>
        <source>With sub-categories</source>
        <translation>උප කාණ්ඩ සමඟ</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>එක් කරන්න…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>නැවත නම් කරන්න…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>ගෙන යන්න…</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>අක්‍රිය / නැවත සක්‍රිය කරන්න</translation>
    </message>
    <message>
        <source>{} (inactive)</source>
        <translation>{} (අක්‍රියයි)</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>නව කාණ්ඩය</translation>
    </message>
    <message>
        <source>Name (inside the selected one)</source>
        <translation>නම (තෝරාගත් කාණ්ඩය තුළ)</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>කාණ්ඩය නැවත නම් කරන්න</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(ඉහළම මට්ටම)</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>කාණ්ඩය ගෙන යන්න</translation>
    </message>
    <message>
        <source>New parent</source>
        <translation>නව මව් කාණ්ඩය</translation>
    </message>
    <message>
        <source>Deactivate category</source>
        <translation>කාණ්ඩය අක්‍රිය කරන්න</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) use it. Move them to:</source>
        <translation>
            <numerusform>භාණ්ඩ %n ක් මෙය භාවිත කරයි. ඒවා ගෙන යන්න:</numerusform>
            <numerusform>භාණ්ඩ %n ක් මෙය භාවිත කරයි. ඒවා ගෙන යන්න:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CouponDialog</name>
    <message>
        <source>New coupon</source>
        <translation>නව කූපනය</translation>
    </message>
    <message>
        <source>Percent, or LKR for a fixed amount</source>
        <translation>ප්‍රතිශතය, නැතහොත් ස්ථාවර මුදලක් සඳහා LKR</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>අවමයක් නැත</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>සීමාවක් නැත</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>අසීමිත</translation>
    </message>
    <message>
        <source>Only between these dates</source>
        <translation>මෙම දින අතර පමණි</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>කේතය</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>වර්ගය</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>අගය</translation>
    </message>
    <message>
        <source>Minimum spend (LKR)</source>
        <translation>අවම වියදම (LKR)</translation>
    </message>
    <message>
        <source>Largest discount (LKR)</source>
        <translation>උපරිම වට්ටම (LKR)</translation>
    </message>
    <message>
        <source>Uses in total</source>
        <translation>මුළු භාවිත ගණන</translation>
    </message>
    <message>
        <source>Uses per customer</source>
        <translation>පාරිභෝගිකයෙකුට භාවිත ගණන</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>වලංගු කාලය</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>සාදන්න</translation>
    </message>
    <message>
        <source>{} is not an amount.</source>
        <translation>{} වලංගු මුදලක් නොවේ.</translation>
    </message>
    <message>
        <source>The percentage is not a number.</source>
        <translation>ප්‍රතිශතය සංඛ්‍යාවක් නොවේ.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>අගය</translation>
    </message>
    <message>
        <source>The minimum spend</source>
        <translation>අවම වියදම</translation>
    </message>
    <message>
        <source>The largest discount</source>
        <translation>උපරිම වට්ටම</translation>
    </message>
</context>
<context>
    <name>CouponsPage</name>
    <message>
        <source>Code</source>
        <translation>කේතය</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>වර්ගය</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>අගය</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>වලංගු කාලය</translation>
    </message>
    <message>
        <source>Uses (dates)</source>
        <translation>භාවිත (දින පරාසය)</translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation>දුන් වට්ටම</translation>
    </message>
    <message>
        <source>Counted by HQ</source>
        <translation>HQ ගණන් කළ</translation>
    </message>
    <message>
        <source>Not yet at HQ</source>
        <translation>තවම HQ වෙත නැත</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>සීමාව</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>සක්‍රිය</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>දිනය</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>භාවිත ගණන</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>වට්ටම</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>මුදල් අයකැමි</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>දිනය අනුව</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>මුදල් අයකැමි අනුව</translation>
    </message>
    <message>
        <source>Reason for switching off</source>
        <translation>අක්‍රිය කිරීමට හේතුව</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>කූපන්</translation>
    </message>
    <message>
        <source>Uses from</source>
        <translation>භාවිත, සිට</translation>
    </message>
    <message>
        <source>to</source>
        <translation>දක්වා</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV ලෙස අපනයනය කරන්න…</translation>
    </message>
    <message>
        <source>New coupon…</source>
        <translation>නව කූපනය…</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>අක්‍රිය කරන්න</translation>
    </message>
    <message>
        <source>from {}</source>
        <translation>{} සිට</translation>
    </message>
    <message>
        <source>until {}</source>
        <translation>{} දක්වා</translation>
    </message>
    <message>
        <source>{} (at {})</source>
        <translation>{} ({} ට)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ඔව්</translation>
    </message>
    <message>
        <source>No</source>
        <translation>නැත</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s), {} discount given</source>
        <translation>
            <numerusform>භාවිත %n, දුන් වට්ටම {}</numerusform>
            <numerusform>භාවිත %n, දුන් වට්ටම {}</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a coupon first.</source>
        <translation>පළමුව කූපනයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Coupon {} switched off.</source>
        <translation>කූපනය {} අක්‍රිය කළා.</translation>
    </message>
    <message>
        <source>Export coupon usage</source>
        <translation>කූපන් භාවිතය අපනයනය කරන්න</translation>
    </message>
    <message>
        <source>Saved {}.</source>
        <translation>{} සුරකින ලදී.</translation>
    </message>
</context>
<context>
    <name>CouriersPage</name>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>දුරකථනය</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>වාහනය</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>තත්ත්වය</translation>
    </message>
    <message>
        <source>Show inactive couriers</source>
        <translation>අක්‍රිය කුරියර් පෙන්වන්න</translation>
    </message>
    <message>
        <source>Active (can be assigned)</source>
        <translation>සක්‍රියයි (පැවරිය හැක)</translation>
    </message>
    <message>
        <source>New courier</source>
        <translation>නව කුරියර්</translation>
    </message>
    <message>
        <source>Save courier</source>
        <translation>කුරියර් සුරකින්න</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ඊ-මේල්</translation>
    </message>
    <message>
        <source>Couriers</source>
        <translation>කුරියර්</translation>
    </message>
    <message>
        <source>{} (inactive)</source>
        <translation>{} (අක්‍රියයි)</translation>
    </message>
    <message>
        <source>Saved {}</source>
        <translation>සුරකින ලදී {}</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <source>Something went wrong, but the sale data is safe: completed sales are saved.

You can carry on. If it happens again, tell your manager.

A report was saved to:
{}</source>
        <translation>යම් දෝෂයක් ඇති විය, නමුත් විකුණුම් දත්ත ආරක්ෂිතයි: සම්පූර්ණ කළ විකුණුම් සුරකින ලදී.

ඔබට දිගටම වැඩ කළ හැක. මෙය නැවත සිදු වුවහොත්, ඔබේ කළමනාකරුට දන්වන්න.

වාර්තාවක් මෙහි සුරකින ලදී:
{}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>යම් දෝෂයක් ඇති විය</translation>
    </message>
</context>
<context>
    <name>CurrenciesPage</name>
    <message>
        <source>Date</source>
        <translation>දිනය</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>මුදල් වර්ගය</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>අනුපාතය</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>අර්ථය</translation>
    </message>
    <message>
        <source>Rate (store currency for 1 unit)</source>
        <translation>අනුපාතය (ඒකක 1 ක් සඳහා වෙළඳසැල් මුදල් වර්ගයෙන්)</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>අනුපාතය සුරකින්න</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>තෝරාගත් එක මකන්න</translation>
    </message>
    <message>
        <source>Store currency: {}</source>
        <translation>වෙළඳසැල් මුදල් වර්ගය: {}</translation>
    </message>
    <message>
        <source>Saved: 1 {} = {} {}</source>
        <translation>සුරකින ලදී: 1 {} = {} {}</translation>
    </message>
    <message>
        <source>Rate deleted.</source>
        <translation>අනුපාතය මකා දැමුවා.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>පාරිභෝගිකයා</translation>
    </message>
    <message>
        <source>Phone, name or loyalty card</source>
        <translation>දුරකථනය, නම හෝ ලෝයල්ටි කාඩ්පත</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>එක් කරන්න</translation>
    </message>
    <message>
        <source>Create and attach</source>
        <translation>සාදා එක් කරන්න</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>පැතිකඩ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>දිනය</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>රිසිට්පත</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>වර්ගය</translation>
    </message>
    <message>
        <source>Of receipt</source>
        <translation>මුල් රිසිට්පත</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>එකතුව</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>ලැබූ ලකුණු</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>භාවිත කළ ලකුණු</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>තත්ත්වය</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>මිලදී ගැනීම්</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ලකුණු</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>දුරකථනය</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ඊ-මේල්</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>ලෝයල්ටි කාඩ්පත</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>උපන්දිනය</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>සටහන්</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>පාරිභෝගිකයකු වූ දිනය</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>පැතිකඩ සුරකින්න</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>වර්ගය</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>පසු ශේෂය</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>හේතුව</translation>
    </message>
    <message>
        <source>By</source>
        <translation>කළේ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>කල් ඉකුත් වන්නේ</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>හේතුව (අනිවාර්‍යයි)</translation>
    </message>
    <message>
        <source>Allow the balance to go below zero</source>
        <translation>ශේෂය බිංදුවට වඩා අඩු වීමට ඉඩ දෙන්න</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>ලකුණු සකසන්න</translation>
    </message>
    <message>
        <source>Add (+) or remove (−) points</source>
        <translation>ලකුණු එක් කරන්න (+) හෝ ඉවත් කරන්න (−)</translation>
    </message>
    <message>
        <source>Tier: {}</source>
        <translation>මට්ටම: {}</translation>
    </message>
    <message>
        <source>Points: {}</source>
        <translation>ලකුණු: {}</translation>
    </message>
    <message>
        <source>worth {}</source>
        <translation>වටිනාකම {}</translation>
    </message>
    <message>
        <source>lifetime earned {}</source>
        <translation>මුළු කාලය තුළ ලැබූ {}</translation>
    </message>
    <message>
        <source>{} more to {}</source>
        <translation>{1} මට්ටමට තවත් {0}</translation>
    </message>
    <message>
        <source>next expiry {}</source>
        <translation>ඊළඟ කල් ඉකුත්වීම {}</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) merged into this one</source>
        <translation>
            <numerusform>පාරිභෝගිකයන් %n ක් මෙයට ඒකාබද්ධ කර ඇත</numerusform>
            <numerusform>පාරිභෝගිකයන් %n ක් මෙයට ඒකාබද්ධ කර ඇත</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the birthday as YYYY-MM-DD.</source>
        <translation>උපන්දිනය YYYY-MM-DD ලෙස ලියන්න.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>සුරැකීමට කිසිවක් නැත.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>පැතිකඩ සුරකින ලදී.</translation>
    </message>
    <message>
        <source>Points adjusted; the balance is {}.</source>
        <translation>ලකුණු සකසන ලදී; ශේෂය {} කි.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>නව පාරිභෝගිකයා</translation>
    </message>
    <message>
        <source>No customer found. Create one below.</source>
        <translation>පාරිභෝගිකයෙකු හමු නොවීය. පහතින් අලුතින් සාදන්න.</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>පාරිභෝගික තිරය</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ආයුබෝවන්</translation>
    </message>
    <message>
        <source>Total {}</source>
        <translation>එකතුව {}</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>ස්තූතියි!</translation>
    </message>
    <message>
        <source>Paid {}</source>
        <translation>ගෙවූ මුදල {}</translation>
    </message>
    <message>
        <source>Your change {}</source>
        <translation>ඔබේ ඉතිරි මුදල {}</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search by name, phone, card or e-mail</source>
        <translation>නම, දුරකථනය, කාඩ්පත හෝ ඊ-මේල් මගින් සොයන්න</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>දුරකථනය</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>කාඩ්පත</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>මට්ටම</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ලකුණු</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>මුළු වියදම</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>තත්ත්වය</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>විවෘත කරන්න</translation>
    </message>
    <message>
        <source>Merge selected…</source>
        <translation>තෝරාගත් ඒවා ඒකාබද්ධ කරන්න…</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>තවත් පූරණය කරන්න</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>පාරිභෝගිකයන්</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>පාරිභෝගිකයන් %n ක් පෙන්වයි</numerusform>
            <numerusform>පාරිභෝගිකයන් %n ක් පෙන්වයි</numerusform>
        </translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (තවත් බැලීමට අනුචලනය කරන්න)</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>පළමුව පාරිභෝගිකයෙකු තෝරන්න.</translation>
    </message>
    <message>
        <source>Select two or more customers (Ctrl+click) who are the same person.</source>
        <translation>එකම පුද්ගලයා වන පාරිභෝගිකයන් දෙදෙනෙකු හෝ වැඩි ගණනක් තෝරන්න (Ctrl+click).</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Pending</source>
        <translation>පොරොත්තුවෙන්</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>තහවුරු කළ</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>සකසමින්</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>ඇසුරුම් කළ</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>භාරදීමට පිටත්ව ඇත</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>භාරදුන්</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>අවලංගු කළ</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>තහවුරු කරන්න</translation>
    </message>
    <message>
        <source>Start processing</source>
        <translation>සැකසීම අරඹන්න</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>ඇණවුම අවලංගු කරන්න</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>පවරා ඇත</translation>
    </message>
    <message>
        <source>Accepted by courier</source>
        <translation>කුරියර් භාරගත්</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>යවා ඇත</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ආපසු එවූ</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>සූදානම්</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>කාර්‍යබහුලයි</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>නොබැඳි</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>භාරදීමේදී මුදල් ගෙවීම</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>බැංකු මාරු කිරීම</translation>
    </message>
    <message>
        <source>PayHere</source>
        <translation>PayHere</translation>
    </message>
    <message>
        <source>LankaQR</source>
        <translation>LankaQR</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>කාඩ්පත</translation>
    </message>
    <message>
        <source>Cash at the counter</source>
        <translation>කවුන්ටරයේදී මුදල් ගෙවීම</translation>
    </message>
</context>
<context>
    <name>DeliveryOrdersPage</name>
    <message>
        <source>All orders</source>
        <translation>සියලු ඇණවුම්</translation>
    </message>
    <message>
        <source>Order number, phone or tracking number</source>
        <translation>ඇණවුම් අංකය, දුරකථනය හෝ ලුහුබැඳීමේ අංකය</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>නව ඇණවුම…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ඇණවුම</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>තත්ත්වය</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>පාරිභෝගිකයා</translation>
    </message>
    <message>
        <source>City</source>
        <translation>නගරය</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>එකතුව</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>ලුහුබැඳීම</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>භාරගත් වේලාව</translation>
    </message>
    <message>
        <source>Delivery orders</source>
        <translation>බෙදාහැරීමේ ඇණවුම්</translation>
    </message>
    <message>
        <source>All orders ({})</source>
        <translation>සියලු ඇණවුම් ({})</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>ඇණවුම් %n</numerusform>
            <numerusform>ඇණවුම් %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Order {number} taken: {total}, collect {cod}.</source>
        <translation>ඇණවුම {number} භාරගත්තා: {total}, එකතු කළ යුතු මුදල {cod}.</translation>
    </message>
</context>
<context>
    <name>DenominationCount</name>
    <message>
        <source>Notes</source>
        <translation>නෝට්ටු</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>කාසි</translation>
    </message>
    <message>
        <source>Counted: {}</source>
        <translation>ගණන් කළ මුදල: {}</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enter HQ&apos;s address, for example https://hq.example.com.</source>
        <translation>HQ ලිපිනය ඇතුළත් කරන්න, උදාහරණයක් ලෙස https://hq.example.com.</translation>
    </message>
    <message>
        <source>“{}” is not an HQ address: it starts with https:// (or http://) and names the server, for example https://hq.example.com or http://192.168.1.10:8000.</source>
        <translation>“{}” HQ ලිපිනයක් නොවේ: එය https:// (හෝ http://) වලින් ආරම්භ වී සේවාදායකයේ නම සඳහන් කරයි, උදාහරණයක් ලෙස https://hq.example.com හෝ http://192.168.1.10:8000.</translation>
    </message>
    <message>
        <source>HQ at {} cannot be reached ({}). Check the address, the network cable or Wi-Fi, and that the HQ server is running.</source>
        <translation>{} හි HQ වෙත සම්බන්ධ විය නොහැක ({}). ලිපිනය, ජාල කේබලය හෝ Wi-Fi, සහ HQ සේවාදායකය ක්‍රියාත්මක වන්නේදැයි පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>Enrollment failed: {}</source>
        <translation>ලියාපදිංචිය අසාර්ථකයි: {}</translation>
    </message>
    <message>
        <source>Enroll this terminal with HQ</source>
        <translation>මෙම ටර්මිනලය HQ සමඟ ලියාපදිංචි කරන්න</translation>
    </message>
    <message>
        <source>This terminal is not set up yet. Enter HQ&apos;s address and the enrollment code a manager created for this store (pos-hq enroll-code). The code works once.</source>
        <translation>මෙම ටර්මිනලය තවම සකසා නැත. HQ ලිපිනය සහ කළමනාකරුවෙකු මෙම වෙළඳසැල සඳහා සෑදූ ලියාපදිංචි කේතය (pos-hq enroll-code) ඇතුළත් කරන්න. කේතය ක්‍රියා කරන්නේ එක් වරක් පමණි.</translation>
    </message>
    <message>
        <source>Data folder: {}</source>
        <translation>දත්ත ෆෝල්ඩරය: {}</translation>
    </message>
    <message>
        <source>https://hq.example.com</source>
        <translation>https://hq.example.com</translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation>එක් වරක් පමණක් භාවිත කළ හැකි කේතය</translation>
    </message>
    <message>
        <source>e.g. Till 1</source>
        <translation>උදා. කවුන්ටරය 1</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>HQ ලිපිනය</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>ලියාපදිංචි කේතය</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>උපාංගයේ නම</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>ලියාපදිංචි කරන්න</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>අවලංගු කරන්න</translation>
    </message>
    <message>
        <source>Enter the enrollment code HQ gave for this terminal.</source>
        <translation>HQ මෙම ටර්මිනලය සඳහා දුන් ලියාපදිංචි කේතය ඇතුළත් කරන්න.</translation>
    </message>
    <message>
        <source>Give this terminal a name, for example Till 1.</source>
        <translation>මෙම ටර්මිනලයට නමක් දෙන්න, උදාහරණයක් ලෙස කවුන්ටරය 1.</translation>
    </message>
    <message>
        <source>Contacting HQ…</source>
        <translation>HQ සම්බන්ධ කරගනිමින්…</translation>
    </message>
    <message>
        <source>Enrolled as device {} of store {}.</source>
        <translation>උපාංගය {} ලෙස, {} වෙළඳසැල යටතේ ලියාපදිංචි විය.</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>Serial scanner: {}</source>
        <translation>සීරියල් ස්කෑනරය: {}</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Failed: {0}</source>
        <translation>අසාර්ථකයි: {0}</translation>
    </message>
    <message>
        <source>Still waiting in the print queue.</source>
        <translation>තවමත් මුද්‍රණ පෝලිමේ රැඳී ඇත.</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>රිසිට්පත් මුද්‍රකය</translation>
    </message>
    <message>
        <source>Printer settings…</source>
        <translation>මුද්‍රක සැකසුම්…</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>පරීක්ෂණ පිටුවක් මුද්‍රණය කරන්න</translation>
    </message>
    <message>
        <source>Test page printed.</source>
        <translation>පරීක්ෂණ පිටුව මුද්‍රණය විය.</translation>
    </message>
    <message>
        <source>Sending a test page…</source>
        <translation>පරීක්ෂණ පිටුවක් යවමින්…</translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation>බාර්කේත ස්කෑනරය</translation>
    </message>
    <message>
        <source>none (e.g. /dev/ttyACM0 or COM3)</source>
        <translation>නැත (උදා. /dev/ttyACM0 හෝ COM3)</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>කැමරාවෙන් ස්කෑන් කරන්න</translation>
    </message>
    <message>
        <source>Wedge prefix</source>
        <translation>Wedge උපසර්ගය</translation>
    </message>
    <message>
        <source>Wedge ends with</source>
        <translation>Wedge අවසන් වන්නේ</translation>
    </message>
    <message>
        <source>Longest gap between keys</source>
        <translation>යතුරු අතර උපරිම පරතරය</translation>
    </message>
    <message>
        <source>Shortest code</source>
        <translation>අවම කේත දිග</translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation>සීරියල් ස්කෑනර් පෝට්</translation>
    </message>
    <message>
        <source>Serial speed</source>
        <translation>සීරියල් වේගය</translation>
    </message>
    <message>
        <source>Save scanner</source>
        <translation>ස්කෑනරය සුරකින්න</translation>
    </message>
    <message>
        <source>Test scanner</source>
        <translation>ස්කෑනරය පරීක්ෂා කරන්න</translation>
    </message>
    <message>
        <source>Saved. Serial and camera changes apply at the next start.</source>
        <translation>සුරකින ලදී. සීරියල් සහ කැමරා වෙනස්කම් ඊළඟ ආරම්භයේදී ක්‍රියාත්මක වේ.</translation>
    </message>
    <message>
        <source>Stop test</source>
        <translation>පරීක්ෂණය නවත්වන්න</translation>
    </message>
    <message>
        <source>Scan a barcode now…</source>
        <translation>දැන් බාර්කේතයක් ස්කෑන් කරන්න…</translation>
    </message>
    <message>
        <source>Scanned: {0} ({1} characters)</source>
        <translation>ස්කෑන් කළා: {0} (අක්ෂර {1})</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>මුදල් ලාච්චුව</translation>
    </message>
    <message>
        <source>Pin 2 (most drawers)</source>
        <translation>Pin 2 (බොහෝ ලාච්චු)</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>Pin 5</translation>
    </message>
    <message>
        <source>Connector pin</source>
        <translation>සම්බන්ධක පින්</translation>
    </message>
    <message>
        <source>Pulse length</source>
        <translation>ස්පන්දන දිග</translation>
    </message>
    <message>
        <source>Save drawer</source>
        <translation>ලාච්චුව සුරකින්න</translation>
    </message>
    <message>
        <source>Test drawer</source>
        <translation>ලාච්චුව පරීක්ෂා කරන්න</translation>
    </message>
    <message>
        <source>The drawer was sent its kick.</source>
        <translation>ලාච්චුව විවෘත කිරීමේ සංඥාව යවන ලදී.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>සුරකින ලදී.</translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation>ලාච්චුව විවෘත කරමින්…</translation>
    </message>
    <message>
        <source>Printer: {0}</source>
        <translation>මුද්‍රකය: {0}</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <source>Held tickets</source>
        <translation>රඳවා තැබූ බිල්</translation>
    </message>
    <message>
        <source>No tickets are held on this till.</source>
        <translation>මෙම කවුන්ටරයේ රඳවා තැබූ බිල් කිසිවක් නැත.</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>නැවත ගන්න</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>ඉවත ලන්න…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>වසන්න</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>පේළි %n</numerusform>
            <numerusform>පේළි %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Choose file…</source>
        <translation>ගොනුව තෝරන්න…</translation>
    </message>
    <message>
        <source>No file chosen (CSV or Excel .xlsx)</source>
        <translation>ගොනුවක් තෝරා නැත (CSV හෝ Excel .xlsx)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>පේළිය</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>ක්‍රියාව</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>විස්තර</translation>
    </message>
    <message>
        <source>Skip rows with errors</source>
        <translation>දෝෂ සහිත පේළි මඟ හරින්න</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>යොදන්න</translation>
    </message>
    <message>
        <source>Export only products matching…</source>
        <translation>මෙයට ගැළපෙන භාණ්ඩ පමණක් අපනයනය කරන්න…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV ලෙස අපනයනය කරන්න…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Excel ලෙස අපනයනය කරන්න…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>අපනයනය:</translation>
    </message>
    <message>
        <source>Import and export products</source>
        <translation>භාණ්ඩ ආයාත සහ අපනයනය</translation>
    </message>
    <message>
        <source>Choose a products file</source>
        <translation>භාණ්ඩ ගොනුවක් තෝරන්න</translation>
    </message>
    <message>
        <source>Products (*.csv *.xlsx);;All files (*)</source>
        <translation>භාණ්ඩ (*.csv *.xlsx);;සියලු ගොනු (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ගොනුව කියවමින්…</translation>
    </message>
    <message>
        <source>changes: {}</source>
        <translation>වෙනස්කම්: {}</translation>
    </message>
    <message>
        <source>The file cannot be imported: see the problems above.</source>
        <translation>ගොනුව ආයාත කළ නොහැක: ඉහත ගැටලු බලන්න.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {same} unchanged, {bad} with errors</source>
        <translation>නව {new}, වෙනස් වූ {changed}, වෙනස් නොවූ {same}, දෝෂ සහිත {bad}</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {same} unchanged, {skipped} skipped</source>
        <translation>ආයාත කළා: සෑදූ {created}, යාවත්කාලීන කළ {updated}, වෙනස් නොවූ {same}, මඟ හැරි {skipped}</translation>
    </message>
    <message>
        <source>Nothing was imported: {}</source>
        <translation>කිසිවක් ආයාත කළේ නැත: {}</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>භාණ්ඩ අපනයනය කරන්න</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to {}</source>
        <translation>
            <numerusform>භාණ්ඩ %n ක් {} වෙත අපනයනය කළා</numerusform>
            <numerusform>භාණ්ඩ %n ක් {} වෙත අපනයනය කළා</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboundTransfersDialog</name>
    <message>
        <source>Transfers on their way here</source>
        <translation>මෙහි පැමිණෙමින් පවතින ස්ථානාන්තරණ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>යැවූ දිනය</translation>
    </message>
    <message>
        <source>From</source>
        <translation>එවූ ස්ථානය</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>භාණ්ඩය</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>ප්‍රමාණය</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>සටහන</translation>
    </message>
    <message>
        <source>All that was sent</source>
        <translation>යැවූ සියල්ල</translation>
    </message>
    <message>
        <source>Into warehouse</source>
        <translation>ගබඩාවට</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>ලැබුණු ප්‍රමාණය</translation>
    </message>
    <message>
        <source>Confirm received</source>
        <translation>ලැබුණු බව තහවුරු කරන්න</translation>
    </message>
    <message>
        <source>Nothing is on its way to this store.</source>
        <translation>මෙම වෙළඳසැලට කිසිවක් පැමිණෙමින් නැත.</translation>
    </message>
    <message>
        <source>Choose a transfer in the list first.</source>
        <translation>පළමුව ලැයිස්තුවෙන් ස්ථානාන්තරණයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Received.</source>
        <translation>ලැබුණා.</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>OK</source>
        <translation>සාමාන්‍යයි</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>අඩුයි</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>ඍණ</translation>
    </message>
    <message>
        <source>Over max</source>
        <translation>උපරිමය ඉක්මවා</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>විකුණුම</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>ආපසු භාරගැනීම</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ලැබුණු</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>මිලදී ගැනීමේ ඇණවුම</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>ආරම්භක තොගය</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>අලාභ ලෙස ලිවීම</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>හානි වූ</translation>
    </message>
    <message>
        <source>Stock take</source>
        <translation>තොග ගණනය</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>ගැළපීම</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>ලැබුණු මාරු කිරීම</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>යැවූ මාරු කිරීම</translation>
    </message>
    <message>
        <source>Returned to supplier</source>
        <translation>සැපයුම්කරුට ආපසු යැවූ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>කල් ඉකුත් වූ</translation>
    </message>
    <message>
        <source>Theft or loss</source>
        <translation>සොරකම හෝ නැතිවීම</translation>
    </message>
    <message>
        <source>Sample or tasting</source>
        <translation>නියැදි හෝ රස බැලීම</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>සොයාගත්</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>නිවැරදි කිරීම</translation>
    </message>
    <message>
        <source>Other (say why)</source>
        <translation>වෙනත් (හේතුව සඳහන් කරන්න)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>විවෘතයි</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>සම්පූර්ණ කළ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>අවලංගු කළ</translation>
    </message>
</context>
<context>
    <name>KioskGuard</name>
    <message>
        <source>A manager must approve closing the till.</source>
        <translation>කවුන්ටරය වැසීමට කළමනාකරුවෙකු අනුමත කළ යුතුය.</translation>
    </message>
    <message>
        <source>A manager must approve leaving kiosk mode.</source>
        <translation>කියොස්ක් ප්‍රකාරයෙන් ඉවත් වීමට කළමනාකරුවෙකු අනුමත කළ යුතුය.</translation>
    </message>
</context>
<context>
    <name>LabelsPage</name>
    <message>
        <source>Product name, SKU or barcode</source>
        <translation>භාණ්ඩයේ නම, SKU හෝ බාර්කේතය</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>එක් කරන්න</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>භාණ්ඩය</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>මිල</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ලේබල්</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ඉවත් කරන්න</translation>
    </message>
    <message>
        <source>A4, {cols} x {rows} ({n} a page)</source>
        <translation>A4, {cols} x {rows} (පිටුවකට {n})</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF සුරකින්න…</translation>
    </message>
    <message>
        <source>Print on the receipt printer</source>
        <translation>රිසිට්පත් මුද්‍රකයේ මුද්‍රණය කරන්න</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>පත්‍රය:</translation>
    </message>
    <message>
        <source>Barcode labels</source>
        <translation>බාර්කේත ලේබල්</translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>ලේබල් සුරකින්න</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {labels} labels on {pages} page(s) to {path}</source>
        <translation>ලේබල් {labels} ක් පිටු {pages} කින් {path} වෙත සුරකින ලදී</translation>
    </message>
    <message>
        <source>The labels are queued for the receipt printer.</source>
        <translation>ලේබල් රිසිට්පත් මුද්‍රකයේ පෝලිමට එක් කළා.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Save</source>
        <translation>සුරකින්න</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>මෙම ටර්මිනලය</translation>
    </message>
    <message>
        <source>Language of the sign-in screen</source>
        <translation>පිවිසුම් තිරයේ භාෂාව</translation>
    </message>
    <message>
        <source>You</source>
        <translation>ඔබ</translation>
    </message>
    <message>
        <source>Your language</source>
        <translation>ඔබේ භාෂාව</translation>
    </message>
    <message>
        <source>Saved: the sign-in screen uses it from the next start.</source>
        <translation>සුරකින ලදී: ඊළඟ ආරම්භයේ සිට පිවිසුම් තිරය එය භාවිත කරයි.</translation>
    </message>
    <message>
        <source>Saved: used from your next sign-in.</source>
        <translation>සුරකින ලදී: ඔබේ ඊළඟ පිවිසීමේ සිට භාවිත වේ.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Point of sale cannot start</source>
        <translation>විකුණුම් පද්ධතිය ආරම්භ කළ නොහැක</translation>
    </message>
</context>
<context>
    <name>LineEditing</name>
    <message>
        <source>There is no line to change: scan an item first.</source>
        <translation>වෙනස් කිරීමට පේළියක් නැත: පළමුව භාණ්ඩයක් ස්කෑන් කරන්න.</translation>
    </message>
    <message>
        <source>Weigh {}: type the weight in kg and press Enter.</source>
        <translation>{} කිරන්න: බර kg වලින් ටයිප් කර Enter ඔබන්න.</translation>
    </message>
    <message>
        <source>A discount of {percent}% is above {name}&apos;s limit of {limit}%.</source>
        <translation>{percent}% ක වට්ටම {name} ගේ {limit}% සීමාව ඉක්මවයි.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>පිවිසෙන්න</translation>
    </message>
    <message>
        <source>username</source>
        <translation>පරිශීලක නාමය</translation>
    </message>
    <message>
        <source>Use my password instead of the PIN</source>
        <translation>PIN වෙනුවට මගේ මුරපදය භාවිත කරන්න</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ආපසු</translation>
    </message>
    <message>
        <source>User</source>
        <translation>පරිශීලකයා</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>ඔබේ නම තෝරන්න</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>ද්වි-සාධක කේතය</translation>
    </message>
    <message>
        <source>6-digit code or a backup code</source>
        <translation>ඉලක්කම් 6 කේතය හෝ උපස්ථ කේතයක්</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>මුරපදය</translation>
    </message>
    <message>
        <source>password</source>
        <translation>මුරපදය</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Choose your name or type your username.</source>
        <translation>ඔබේ නම තෝරන්න, නැතහොත් පරිශීලක නාමය ටයිප් කරන්න.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>ඔබේ මුරපදය ඇතුළත් කරන්න.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>ඔබේ PIN අංකය ඇතුළත් කරන්න.</translation>
    </message>
    <message>
        <source>Two-factor sign-in was not set up, so you are not signed in.</source>
        <translation>ද්වි-සාධක පිවිසුම සකසා නොමැති නිසා ඔබ පිවිසී නැත.</translation>
    </message>
    <message>
        <source>Signing in failed: {}</source>
        <translation>පිවිසීම අසාර්ථකයි: {}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>පරීක්ෂා කරමින්…</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong attempts. Try again in 1 minute, or ask a manager to unlock it.</source>
        <translation>වැරදි උත්සාහයන් වැඩි ගණනක් නිසා මෙම ගිණුම අගුළු දමා ඇත. මිනිත්තු 1 කින් නැවත උත්සාහ කරන්න, නැතහොත් අගුළු හැරීමට කළමනාකරුවෙකුගෙන් ඉල්ලන්න.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong attempts. Try again in %n minutes, or ask a manager to unlock it.</source>
        <translation>
            <numerusform>වැරදි උත්සාහයන් වැඩි ගණනක් නිසා මෙම ගිණුම අගුළු දමා ඇත. මිනිත්තු %n කින් නැවත උත්සාහ කරන්න, නැතහොත් අගුළු හැරීමට කළමනාකරුවෙකුගෙන් ඉල්ලන්න.</numerusform>
            <numerusform>වැරදි උත්සාහයන් වැඩි ගණනක් නිසා මෙම ගිණුම අගුළු දමා ඇත. මිනිත්තු %n කින් නැවත උත්සාහ කරන්න, නැතහොත් අගුළු හැරීමට කළමනාකරුවෙකුගෙන් ඉල්ලන්න.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoyaltyLabels</name>
    <message>
        <source>Bronze</source>
        <translation>ලෝකඩ</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>රිදී</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>රන්</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>ප්ලැටිනම්</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>ලැබූ</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>භාවිත කළ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>කල් ඉකුත් වූ</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>සකසන ලද</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>අහෝසි කළ</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>විකුණුම</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>ආපසු භාරගැනීම</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>අවලංගු කිරීම</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>සක්‍රියයි</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>අක්‍රියයි</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>අවහිර කළ</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>උපන්දිනය</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>සංවත්සරය</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>මිලදී ගැනීම</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>යොමු කිරීම</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>වට්ටම</translation>
    </message>
    <message>
        <source>Cashback</source>
        <translation>මුදල් ආපසු</translation>
    </message>
    <message>
        <source>Free product</source>
        <translation>නොමිලේ භාණ්ඩයක්</translation>
    </message>
    <message>
        <source>Free shipping</source>
        <translation>නොමිලේ භාරදීම</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>ප්‍රතිශතය</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>ස්ථාවර මුදල</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>සම්පූර්ණ කළ</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>අවලංගු කළ</translation>
    </message>
    <message>
        <source>Partly returned</source>
        <translation>අර්ධ වශයෙන් ආපසු භාරගත්</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ආපසු භාරගත්</translation>
    </message>
</context>
<context>
    <name>LoyaltySettingsPage</name>
    <message>
        <source>Loyalty programme switched on</source>
        <translation>ලෝයල්ටි වැඩසටහන සක්‍රියයි</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>සීමාවක් නැත</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>කිසි විටෙක නැත</translation>
    </message>
    <message>
        <source> days</source>
        <translation> දින</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>මට්ටම</translation>
    </message>
    <message>
        <source>From lifetime points</source>
        <translation>මුළු ලැබූ ලකුණු සිට</translation>
    </message>
    <message>
        <source>Points multiplier</source>
        <translation>ලකුණු ගුණකය</translation>
    </message>
    <message>
        <source>point(s) for every LKR</source>
        <translation>ලකුණු, වියදම් කරන සෑම LKR</translation>
    </message>
    <message>
        <source>Earn rate</source>
        <translation>ලකුණු ලැබීමේ අනුපාතය</translation>
    </message>
    <message>
        <source>One point is worth (LKR)</source>
        <translation>එක් ලකුණක වටිනාකම (LKR)</translation>
    </message>
    <message>
        <source>Smallest redemption (points)</source>
        <translation>අවම භාවිතය (ලකුණු)</translation>
    </message>
    <message>
        <source>Most points one customer may redeem per day</source>
        <translation>එක් පාරිභෝගිකයෙකුට දිනකට භාවිත කළ හැකි උපරිම ලකුණු</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>ලකුණු කල් ඉකුත් වන කාලය</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>සැකසුම්</translation>
    </message>
    <message>
        <source>Tiers follow the points a customer has earned in total (net of returns): they go up when an earning crosses a threshold and down when a return or an adjustment takes them below it. Spending or expiring points keeps the tier.</source>
        <translation>මට්ටම් තීරණය වන්නේ පාරිභෝගිකයෙකු මුළුමනින් උපයා ඇති ලකුණු (ආපසු භාරගැනීම් අඩු කළ පසු) අනුවයි: ලකුණු ලැබීමකින් සීමාවක් පසු කළ විට මට්ටම ඉහළ යන අතර, ආපසු භාරගැනීමක් හෝ ගැළපීමක් නිසා එයට වඩා පහළට ගිය විට මට්ටම පහළ යයි. ලකුණු භාවිත කිරීම හෝ කල් ඉකුත් වීම මට්ටම වෙනස් නොකරයි.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>සැකසුම් සුරකින්න</translation>
    </message>
    <message>
        <source>Point expiry</source>
        <translation>ලකුණු කල් ඉකුත් වීම</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>පාරිභෝගිකයා</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ලකුණු</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>පෙරදසුන</translation>
    </message>
    <message>
        <source>Run expiry now</source>
        <translation>දැන් කල් ඉකුත් කිරීම ක්‍රියාත්මක කරන්න</translation>
    </message>
    <message>
        <source>Loyalty settings</source>
        <translation>ලෝයල්ටි සැකසුම්</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings (they apply to every till).</source>
        <translation>මෙම සැකසුම් වෙනස් කළ හැක්කේ පරිපාලකයෙකුට පමණි (ඒවා සියලු කවුන්ටර සඳහා අදාළ වේ).</translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s); applies to points earned from now on</source>
        <translation>
            <numerusform>මාස %n ක් පමණ; මෙතැන් සිට ලැබෙන ලකුණු සඳහා අදාළ වේ</numerusform>
            <numerusform>මාස %n ක් පමණ; මෙතැන් සිට ලැබෙන ලකුණු සඳහා අදාළ වේ</numerusform>
        </translation>
    </message>
    <message>
        <source>{} is not an amount</source>
        <translation>{} වලංගු මුදලක් නොවේ</translation>
    </message>
    <message>
        <source>{}: the threshold and multiplier must be numbers</source>
        <translation>{}: සීමාව සහ ගුණකය සංඛ්‍යා විය යුතුය</translation>
    </message>
    <message>
        <source>The spend per point</source>
        <translation>එක් ලකුණක් සඳහා වියදම</translation>
    </message>
    <message>
        <source>A point&apos;s value</source>
        <translation>ලකුණක වටිනාකම</translation>
    </message>
    <message>
        <source>Loyalty settings saved.</source>
        <translation>ලෝයල්ටි සැකසුම් සුරකින ලදී.</translation>
    </message>
    <message numerus="yes">
        <source>At {}: {} points of %n customer(s) would expire.</source>
        <translation>
            <numerusform>{} ට: පාරිභෝගිකයින් %n දෙනෙකුගේ ලකුණු {} ක් කල් ඉකුත් වේ.</numerusform>
            <numerusform>{} ට: පාරිභෝගිකයින් %n දෙනෙකුගේ ලකුණු {} ක් කල් ඉකුත් වේ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due to expire now.</source>
        <translation>දැන් කල් ඉකුත් වීමට කිසිවක් නැත.</translation>
    </message>
    <message numerus="yes">
        <source>Expired {} points of %n customer(s).</source>
        <translation>
            <numerusform>පාරිභෝගිකයින් %n දෙනෙකුගේ ලකුණු {} ක් කල් ඉකුත් කළා.</numerusform>
            <numerusform>පාරිභෝගිකයින් %n දෙනෙකුගේ ලකුණු {} ක් කල් ඉකුත් කළා.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeCustomersDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>පාරිභෝගිකයින් ඒකාබද්ධ කරන්න</translation>
    </message>
    <message>
        <source>Keep one customer; the others are merged into it. Their points, purchases and card count for the one kept. Nothing is deleted.</source>
        <translation>එක් පාරිභෝගිකයෙකු තබාගන්න; අනෙක් අය ඊට ඒකාබද්ධ වේ. ඔවුන්ගේ ලකුණු, මිලදී ගැනීම් සහ කාඩ්පත තබාගත් පාරිභෝගිකයාට ගණන් වේ. කිසිවක් මකා නොදමයි.</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>එකම පුද්ගලයා</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>හේතුව</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ඒකාබද්ධ කරන්න</translation>
    </message>
</context>
<context>
    <name>MfaEnrolDialog</name>
    <message>
        <source>Two-factor sign-in</source>
        <translation>ද්වි-සාධක පිවිසුම</translation>
    </message>
    <message>
        <source>1. Open an authenticator app on your phone (Google Authenticator, Microsoft Authenticator, Aegis...) and scan this code, or type the key below.
2. Type the 6-digit code the app shows to finish.</source>
        <translation>1. ඔබේ දුරකථනයේ සත්‍යාපන යෙදුමක් (Google Authenticator, Microsoft Authenticator, Aegis...) විවෘත කර මෙම කේතය ස්කෑන් කරන්න, නැතහොත් පහත යතුර ටයිප් කරන්න.
2. අවසන් කිරීමට යෙදුම පෙන්වන ඉලක්කම් 6 කේතය ටයිප් කරන්න.</translation>
    </message>
    <message>
        <source>Account: {}</source>
        <translation>ගිණුම: {}</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>ඉලක්කම් 6 කේතය</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>සක්‍රිය කරන්න</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>අවලංගු කරන්න</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>යෙදුමේ කේතය</translation>
    </message>
    <message>
        <source>Type the code the app shows.</source>
        <translation>යෙදුම පෙන්වන කේතය ටයිප් කරන්න.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on.</source>
        <translation>ද්වි-සාධක පිවිසුම සක්‍රියයි.</translation>
    </message>
    <message>
        <source>Write these backup codes down and keep them somewhere safe. Each works once, instead of a code from the app, if the phone is lost. They are shown only now.</source>
        <translation>මෙම උපස්ථ කේත ලියාගෙන ආරක්ෂිත තැනක තබා ගන්න. දුරකථනය නැති වුවහොත්, යෙදුමේ කේතයක් වෙනුවට එක් එක් කේතය එක් වරක් ක්‍රියා කරයි. ඒවා පෙන්වන්නේ දැන් පමණි.</translation>
    </message>
    <message>
        <source>I have saved the codes</source>
        <translation>මම කේත සුරැකුවෙමි</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>නව පරිශීලකයා</translation>
    </message>
    <message>
        <source>4-8 digits</source>
        <translation>ඉලක්කම් 4-8</translation>
    </message>
    <message>
        <source>at least 8 characters; required for admins</source>
        <translation>අවම වශයෙන් අක්ෂර 8; පරිපාලකයින්ට අනිවාර්‍යයි</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>පරිශීලක නාමය</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>භූමිකාව</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>මුරපදය (අනිවාර්‍ය නොවේ)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>භාෂාව</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>සාදන්න</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>අවලංගු කරන්න</translation>
    </message>
</context>
<context>
    <name>NotificationTypes</name>
    <message>
        <source>Stock</source>
        <translation>තොගය</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>ඇණවුම්</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>ගෙවීම්</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>බෙදාහැරීම්</translation>
    </message>
    <message>
        <source>System</source>
        <translation>පද්ධතිය</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>ප්‍රවර්ධන</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>All types</source>
        <translation>සියලු වර්ග</translation>
    </message>
    <message>
        <source>When</source>
        <translation>කවදා</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>වර්ගය</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>මාතෘකාව</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>පණිවිඩය</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>කියවූ</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>කියවූ ලෙස සලකුණු කරන්න</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>සියල්ල කියවූ ලෙස සලකුණු කරන්න</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>පෙන්වන්න</translation>
    </message>
    <message>
        <source>Types I want to see</source>
        <translation>මට බැලීමට අවශ්‍ය වර්ග</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>සුරකින්න</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>නොකියවූ %n</numerusform>
            <numerusform>නොකියවූ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ඔව්</translation>
    </message>
    <message>
        <source>No</source>
        <translation>නැත</translation>
    </message>
    <message numerus="yes">
        <source>%n marked read.</source>
        <translation>
            <numerusform>%n ක් කියවූ ලෙස සලකුණු කළා.</numerusform>
            <numerusform>%n ක් කියවූ ලෙස සලකුණු කළා.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>සුරකින ලදී.</translation>
    </message>
</context>
<context>
    <name>OrderEditorDialog</name>
    <message>
        <source>New delivery order</source>
        <translation>නව බෙදාහැරීමේ ඇණවුම</translation>
    </message>
    <message>
        <source>House number and street</source>
        <translation>නිවසේ අංකය සහ වීදිය</translation>
    </message>
    <message>
        <source>Bank or gateway reference</source>
        <translation>බැංකු හෝ ගෙවීම් ද්වාර යොමුව</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>පාරිභෝගිකයා</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>දුරකථනය</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ලිපිනය</translation>
    </message>
    <message>
        <source>City</source>
        <translation>නගරය</translation>
    </message>
    <message>
        <source>District</source>
        <translation>දිස්ත්‍රික්කය</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>තැපැල් කේතය</translation>
    </message>
    <message>
        <source>Delivery fee</source>
        <translation>බෙදාහැරීමේ ගාස්තුව</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>ගෙවීම</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>යොමුව</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>සටහන්</translation>
    </message>
    <message>
        <source>Product name, SKU or barcode</source>
        <translation>භාණ්ඩයේ නම, SKU හෝ බාර්කේතය</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>භාණ්ඩය</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>ප්‍රමාණය</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>මිල</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>මුදල</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>පේළිය ඉවත් කරන්න</translation>
    </message>
    <message>
        <source>Take order</source>
        <translation>ඇණවුම භාරගන්න</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>වසන්න</translation>
    </message>
    <message>
        <source>Type a quantity such as 1 or 2.5</source>
        <translation>1 හෝ 2.5 වැනි ප්‍රමාණයක් ටයිප් කරන්න</translation>
    </message>
    <message>
        <source>Goods {goods} + delivery {fee} = {total}</source>
        <translation>භාණ්ඩ {goods} + බෙදාහැරීම {fee} = {total}</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Item</source>
        <translation>භාණ්ඩය</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>ප්‍රමාණය</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>මුදල</translation>
    </message>
    <message>
        <source>Note or reason for the next step</source>
        <translation>ඊළඟ පියවර සඳහා සටහන හෝ හේතුව</translation>
    </message>
    <message>
        <source>Assign courier</source>
        <translation>කුරියර් පවරන්න</translation>
    </message>
    <message>
        <source>Settle COD</source>
        <translation>COD පියවන්න</translation>
    </message>
    <message>
        <source>Delivery note (PDF)</source>
        <translation>භාරදීමේ පත්‍රිකාව (PDF)</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>ලැබුණු මුදල</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ඉතිහාසය</translation>
    </message>
    <message>
        <source>Order {number} · {status}</source>
        <translation>ඇණවුම {number} · {status}</translation>
    </message>
    <message>
        <source>Goods {}</source>
        <translation>භාණ්ඩ {}</translation>
    </message>
    <message>
        <source>Delivery {}</source>
        <translation>භාරදීම {}</translation>
    </message>
    <message>
        <source>Total {}</source>
        <translation>එකතුව {}</translation>
    </message>
    <message>
        <source>Collect {}</source>
        <translation>අය කළ යුතු {}</translation>
    </message>
    <message>
        <source>Changed on two tills at once: check the history</source>
        <translation>කවුන්ටර දෙකක එකවර වෙනස් කර ඇත: ඉතිහාසය පරීක්ෂා කරන්න</translation>
    </message>
    <message>
        <source>{tracking} with {courier} · {status}</source>
        <translation>{tracking} · {courier} · {status}</translation>
    </message>
    <message>
        <source>Delivery: {}</source>
        <translation>භාරදීම: {}</translation>
    </message>
    <message>
        <source>No courier yet</source>
        <translation>තවම කුරියර් නැත</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>පියවා ඇත</translation>
    </message>
    <message>
        <source>Order {} is now {}.</source>
        <translation>ඇණවුම {} දැන් {}.</translation>
    </message>
    <message>
        <source>{} is now {}.</source>
        <translation>{} දැන් {}.</translation>
    </message>
    <message>
        <source>Tracking number {}</source>
        <translation>ලුහුබැඳීමේ අංකය {}</translation>
    </message>
    <message>
        <source>Type the amount received, such as 3490.00</source>
        <translation>ලැබුණු මුදල ටයිප් කරන්න, උදා. 3490.00</translation>
    </message>
    <message>
        <source>Settled {}</source>
        <translation>පියවන ලදී {}</translation>
    </message>
    <message>
        <source>Saved {}</source>
        <translation>සුරකින ලදී {}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Store</source>
        <translation>වෙළඳසැල</translation>
    </message>
    <message>
        <source>Unread notifications</source>
        <translation>නොකියවූ දැනුම්දීම්</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>ගෙවීම</translation>
    </message>
    <message>
        <source>Total due {}</source>
        <translation>ගෙවිය යුතු මුළු මුදල {}</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>මුදල්</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>කාඩ්පත</translation>
    </message>
    <message>
        <source>LankaQR</source>
        <translation>LankaQR</translation>
    </message>
    <message>
        <source>PayHere</source>
        <translation>PayHere</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>බැංකු මාරු කිරීම</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>භාරදීමේදී මුදල් ගෙවීම</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ලකුණු</translation>
    </message>
    <message>
        <source>Reference (terminal slip, transaction id)</source>
        <translation>යොමු අංකය (කාඩ් යන්ත්‍ර ස්ලිප් එක, ගනුදෙනු අංකය)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>එක් කරන්න</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>නියම මුදල</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>ගෙවීම්</translation>
    </message>
    <message>
        <source>Remove tender</source>
        <translation>ගෙවීම ඉවත් කරන්න</translation>
    </message>
    <message>
        <source>Complete sale (Enter)</source>
        <translation>විකුණුම සම්පූර්ණ කරන්න (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>අවලංගු කරන්න (Esc)</translation>
    </message>
    <message>
        <source>Queueing the receipt…</source>
        <translation>රිසිට්පත මුද්‍රණ පෝලිමට එක් කරමින්…</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>ඊළඟ පාරිභෝගිකයා (Enter)</translation>
    </message>
    <message>
        <source>Points (up to {})</source>
        <translation>ලකුණු ({} දක්වා)</translation>
    </message>
    <message>
        <source>Cash received (empty: exact)</source>
        <translation>ලැබුණු මුදල (හිස් නම්: නියම මුදල)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>මුදල</translation>
    </message>
    <message>
        <source>Enter the number of points to redeem.</source>
        <translation>භාවිත කිරීමට ලකුණු ගණන ඇතුළත් කරන්න.</translation>
    </message>
    <message>
        <source>At most {} points can be redeemed on this sale.</source>
        <translation>මෙම විකුණුමේදී භාවිත කළ හැක්කේ උපරිම ලකුණු {} කි.</translation>
    </message>
    <message>
        <source>{} is not an amount.</source>
        <translation>{} වලංගු මුදලක් නොවේ.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>මුදල බිංදුවට වඩා වැඩි විය යුතුය.</translation>
    </message>
    <message>
        <source>Only cash can be more than what is due: at most {}.</source>
        <translation>ගෙවිය යුතු මුදල ඉක්මවිය හැක්කේ මුදල් ගෙවීමකට පමණි: උපරිම {}.</translation>
    </message>
    <message>
        <source>Enter the reference (terminal slip or transaction id).</source>
        <translation>යොමු අංකය ඇතුළත් කරන්න (කාඩ් යන්ත්‍ර ස්ලිප් එක හෝ ගනුදෙනු අංකය).</translation>
    </message>
    <message>
        <source>({} points)</source>
        <translation>(ලකුණු {})</translation>
    </message>
    <message>
        <source>Remaining {}</source>
        <translation>ගෙවිය යුතු ශේෂය {}</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>ගෙවා ඇත</translation>
    </message>
    <message>
        <source>Change {}</source>
        <translation>ඉතිරි මුදල {}</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>කිසිවෙකු පිවිසී නැත.</translation>
    </message>
    <message>
        <source>Receipt {number} · total {total}</source>
        <translation>රිසිට්පත {number} · එකතුව {total}</translation>
    </message>
    <message>
        <source>{} awaits verification</source>
        <translation>{} තහවුරු කිරීම සඳහා රැඳී ඇත</translation>
    </message>
    <message>
        <source>Points earned {}</source>
        <translation>ලැබූ ලකුණු {}</translation>
    </message>
    <message>
        <source>Receipt sent to the printer…</source>
        <translation>රිසිට්පත මුද්‍රකයට යැවුවා…</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>රිසිට්පත මුද්‍රණය විය.</translation>
    </message>
    <message>
        <source>Receipt queued — the printer is not ready ({}). The sale is saved; reprint from the Till menu if it does not print.</source>
        <translation>රිසිට්පත පෝලිමේ ඇත — මුද්‍රකය සූදානම් නැත ({}). විකුණුම සුරකින ලදී; මුද්‍රණය නොවුණහොත් කවුන්ටරය මෙනුවෙන් නැවත මුද්‍රණය කරන්න.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>පිළිතුරක් නැත</translation>
    </message>
    <message>
        <source>Receipt not queued ({}). The sale is saved: reprint from the Till menu.</source>
        <translation>රිසිට්පත පෝලිමට එක් නොවීය ({}). විකුණුම සුරකින ලදී: කවුන්ටරය මෙනුවෙන් නැවත මුද්‍රණය කරන්න.</translation>
    </message>
    <message>
        <source>Not completed: {}</source>
        <translation>සම්පූර්ණ නොවීය: {}</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Cash</source>
        <translation>මුදල්</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>කාඩ්පත</translation>
    </message>
    <message>
        <source>LankaQR</source>
        <translation>LankaQR</translation>
    </message>
    <message>
        <source>PayHere</source>
        <translation>PayHere</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>බැංකු මාරු කිරීම</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>භාරදීමේදී මුදල් ගෙවීම</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>ලෝයල්ටි ලකුණු</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsPage</name>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>කේතය</translation>
    </message>
    <message>
        <source>On</source>
        <translation>සක්‍රිය</translation>
    </message>
    <message>
        <source>Opens drawer</source>
        <translation>ලාච්චුව විවෘත කරයි</translation>
    </message>
    <message>
        <source>Needs reference</source>
        <translation>යොමුව අවශ්‍යයි</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>පිළිගනී</translation>
    </message>
    <message>
        <source>Opens the cash drawer</source>
        <translation>මුදල් ලාච්චුව විවෘත කරයි</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>සුරකින්න</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>ඉහළට ගෙන යන්න</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>පහළට ගෙන යන්න</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ඔව්</translation>
    </message>
    <message>
        <source>No</source>
        <translation>නැත</translation>
    </message>
    <message>
        <source>Choose a payment method first.</source>
        <translation>පළමුව ගෙවීම් ක්‍රමයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>සුරකින ලදී.</translation>
    </message>
    <message>
        <source>Order saved.</source>
        <translation>අනුපිළිවෙළ සුරකින ලදී.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Sell</source>
        <translation>විකිණීම</translation>
    </message>
    <message>
        <source>Give discounts within the limit</source>
        <translation>සීමාව තුළ වට්ටම් දීම</translation>
    </message>
    <message>
        <source>Approve larger discounts</source>
        <translation>වැඩි වට්ටම් අනුමත කිරීම</translation>
    </message>
    <message>
        <source>Change a price</source>
        <translation>මිලක් වෙනස් කිරීම</translation>
    </message>
    <message>
        <source>Remove a line from a sale</source>
        <translation>විකුණුමකින් පේළියක් ඉවත් කිරීම</translation>
    </message>
    <message>
        <source>Void a sale</source>
        <translation>විකුණුමක් අවලංගු කිරීම</translation>
    </message>
    <message>
        <source>Take returns</source>
        <translation>ආපසු භාරගැනීම්</translation>
    </message>
    <message>
        <source>Approve refunds</source>
        <translation>ආපසු ගෙවීම් අනුමත කිරීම</translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation>විකුණුමකින් තොරව ලාච්චුව විවෘත කිරීම</translation>
    </message>
    <message>
        <source>Open and close shifts</source>
        <translation>මාරු ආරම්භ කිරීම සහ වැසීම</translation>
    </message>
    <message>
        <source>Accept cash differences</source>
        <translation>මුදල් වෙනස්කම් පිළිගැනීම</translation>
    </message>
    <message>
        <source>Add customers</source>
        <translation>පාරිභෝගිකයින් එක් කිරීම</translation>
    </message>
    <message>
        <source>Manage customers</source>
        <translation>පාරිභෝගිකයින් කළමනාකරණය</translation>
    </message>
    <message>
        <source>Manage loyalty</source>
        <translation>ලෝයල්ටි කළමනාකරණය</translation>
    </message>
    <message>
        <source>Manage coupons</source>
        <translation>කූපන් කළමනාකරණය</translation>
    </message>
    <message>
        <source>Manage stock</source>
        <translation>තොගය කළමනාකරණය</translation>
    </message>
    <message>
        <source>Manage the catalog</source>
        <translation>භාණ්ඩ නාමාවලිය කළමනාකරණය</translation>
    </message>
    <message>
        <source>Manage purchasing</source>
        <translation>මිලදී ගැනීම් කළමනාකරණය</translation>
    </message>
    <message>
        <source>View reports</source>
        <translation>වාර්තා බැලීම</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>පරිශීලකයින් කළමනාකරණය</translation>
    </message>
    <message>
        <source>Manage settings</source>
        <translation>සැකසුම් කළමනාකරණය</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>කියොස්ක් ප්‍රකාරයෙන් ඉවත් වීම</translation>
    </message>
    <message>
        <source>Open the back office</source>
        <translation>කළමනාකරණ අංශය විවෘත කිරීම</translation>
    </message>
    <message>
        <source>Manage delivery orders</source>
        <translation>භාරදීමේ ඇණවුම් කළමනාකරණය</translation>
    </message>
</context>
<context>
    <name>PoEditorDialog</name>
    <message>
        <source>New purchase order</source>
        <translation>නව මිලදී ගැනීමේ ඇණවුම</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>අපේක්ෂිත භාරදීම</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>සැපයුම්කරු</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>භාරදිය යුතු ස්ථානය</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>භාරදීම</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>සටහන්</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>තත්ත්වය</translation>
    </message>
    <message>
        <source>Add a product: type a name or SKU, or scan it</source>
        <translation>භාණ්ඩයක් එක් කරන්න: නමක් හෝ SKU ටයිප් කරන්න, නැතහොත් ස්කෑන් කරන්න</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>භාණ්ඩය</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>තොගයේ ඇති</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>ප්‍රමාණය</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>ඒකක පිරිවැය</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>මුදල</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ලැබුණු</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>පේළිය ඉවත් කරන්න</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>කෙටුම්පත සුරකින්න</translation>
    </message>
    <message>
        <source>Save and order</source>
        <translation>සුරකා ඇණවුම් කරන්න</translation>
    </message>
    <message>
        <source>PDF for supplier</source>
        <translation>සැපයුම්කරු සඳහා PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>වසන්න</translation>
    </message>
    <message>
        <source>Purchase order {}</source>
        <translation>මිලදී ගැනීමේ ඇණවුම {}</translation>
    </message>
    <message>
        <source>No product matches {}.</source>
        <translation>{} ට ගැළපෙන භාණ්ඩයක් නැත.</translation>
    </message>
    <message>
        <source>Total LKR {}</source>
        <translation>එකතුව LKR {}</translation>
    </message>
    <message>
        <source>Draft {} saved.</source>
        <translation>කෙටුම්පත {} සුරකින ලදී.</translation>
    </message>
    <message>
        <source>{} is ordered: send the PDF to the supplier.</source>
        <translation>{} ඇණවුම් කළා: PDF ගොනුව සැපයුම්කරුට යවන්න.</translation>
    </message>
    <message>
        <source>Saved {}</source>
        <translation>{} සුරකින ලදී</translation>
    </message>
</context>
<context>
    <name>PriceChangeDialog</name>
    <message>
        <source>Schedule a price change</source>
        <translation>මිල වෙනස් කිරීමක් සැලසුම් කරන්න</translation>
    </message>
    <message>
        <source>Product name, SKU or barcode</source>
        <translation>භාණ්ඩයේ නම, SKU හෝ බාර්කේතය</translation>
    </message>
    <message>
        <source>No product chosen</source>
        <translation>භාණ්ඩයක් තෝරා නැත</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>සැලසුම් කරන්න</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>අවලංගු කරන්න</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>භාණ්ඩය</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>නව මිල</translation>
    </message>
    <message>
        <source>From (store time)</source>
        <translation>සිට (වෙළඳසැල් වේලාව)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>සටහන</translation>
    </message>
    <message>
        <source>{name} (now {price})</source>
        <translation>{name} (දැන් {price})</translation>
    </message>
    <message>
        <source>Choose a product first.</source>
        <translation>පළමුව භාණ්ඩයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Type the new price, e.g. 1250.00</source>
        <translation>නව මිල ටයිප් කරන්න, උදා. 1250.00</translation>
    </message>
</context>
<context>
    <name>PriceChangesPage</name>
    <message>
        <source>Filter by product name or SKU</source>
        <translation>භාණ්ඩයේ නම හෝ SKU අනුව පෙරන්න</translation>
    </message>
    <message>
        <source>From (store time)</source>
        <translation>ආරම්භය (වෙළඳසැල් වේලාව)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>භාණ්ඩය</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price now</source>
        <translation>වත්මන් මිල</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>නව මිල</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>තත්ත්වය</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>සටහන</translation>
    </message>
    <message>
        <source>By</source>
        <translation>කළේ</translation>
    </message>
    <message>
        <source>Schedule a change…</source>
        <translation>වෙනස් කිරීමක් කාලසටහන්ගත කරන්න…</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>වෙනස් කිරීම අවලංගු කරන්න</translation>
    </message>
    <message>
        <source>Scheduled price changes</source>
        <translation>කාලසටහන්ගත මිල වෙනස් කිරීම්</translation>
    </message>
    <message>
        <source>A change takes effect on every till at its moment, even offline. Typing a price in the catalog ends the changes already in force.</source>
        <translation>වෙනස් කිරීමක් නියමිත මොහොතේදී සියලු කවුන්ටරවල ක්‍රියාත්මක වේ, නොබැඳිව සිටියදී පවා. භාණ්ඩ නාමාවලියේ මිලක් ටයිප් කිරීමෙන් දැනටමත් ක්‍රියාත්මක වෙනස් කිරීම් අවසන් වේ.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>වෙනස් කිරීම් %n</numerusform>
            <numerusform>වෙනස් කිරීම් %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The price change is scheduled.</source>
        <translation>මිල වෙනස් කිරීම කාලසටහන්ගත කළා.</translation>
    </message>
    <message>
        <source>The price change is cancelled.</source>
        <translation>මිල වෙනස් කිරීම අවලංගු කළා.</translation>
    </message>
</context>
<context>
    <name>PrintHooks</name>
    <message>
        <source>{what} could not be queued for printing: {error}</source>
        <translation>{what} මුද්‍රණ පෝලිමට එක් කළ නොහැකි විය: {error}</translation>
    </message>
    <message>
        <source>Drawer kick</source>
        <translation>ලාච්චුව විවෘත කිරීම</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>මාරු වාර්තාව</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>රිසිට්පත</translation>
    </message>
    <message>
        <source>Reprinting the last receipt.</source>
        <translation>අවසන් රිසිට්පත නැවත මුද්‍රණය කරමින්.</translation>
    </message>
    <message>
        <source>Printer settings are not available in this build.</source>
        <translation>මෙම සංස්කරණයේ මුද්‍රක සැකසුම් ලබා ගත නොහැක.</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Print queue</source>
        <translation>මුද්‍රණ පෝලිම</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>කාර්‍යය</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>තත්ත්වය</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>උත්සාහ ගණන</translation>
    </message>
    <message>
        <source>Printer says</source>
        <translation>මුද්‍රකයේ පණිවිඩය</translation>
    </message>
    <message>
        <source>Nothing is waiting for the printer.</source>
        <translation>මුද්‍රකය සඳහා කිසිවක් රැඳී නැත.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>නැවත මුද්‍රණය</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>කාර්‍යය අවලංගු කරන්න</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>වසන්න</translation>
    </message>
</context>
<context>
    <name>PrintStatusBridge</name>
    <message>
        <source>Receipt</source>
        <translation>රිසිට්පත</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>ආපසු ගෙවීම් රිසිට්පත</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>මාරු වාර්තාව</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>පරීක්ෂණ පිටුව</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>මුදල් ලාච්චුව</translation>
    </message>
    <message>
        <source>Print job</source>
        <translation>මුද්‍රණ කාර්යය</translation>
    </message>
    <message>
        <source>{0} not printed: {1}. It is kept in the print queue for reprint.</source>
        <translation>{0} මුද්‍රණය නොවීය: {1}. නැවත මුද්‍රණය සඳහා එය මුද්‍රණ පෝලිමේ තබා ඇත.</translation>
    </message>
    <message>
        <source>{0} waiting: {1}. Retrying.</source>
        <translation>{0} රැඳී ඇත: {1}. නැවත උත්සාහ කරමින්.</translation>
    </message>
</context>
<context>
    <name>PrinterConfig</name>
    <message>
        <source>no printer</source>
        <translation>මුද්‍රකයක් නැත</translation>
    </message>
    <message>
        <source>network {host}:{port}</source>
        <translation>ජාලය {host}:{port}</translation>
    </message>
    <message>
        <source>USB {vendor}:{product}</source>
        <translation>USB {vendor}:{product}</translation>
    </message>
    <message>
        <source>serial {serial} at {baud} baud</source>
        <translation>සීරියල් {serial}, {baud} baud</translation>
    </message>
    <message>
        <source>device file {path}</source>
        <translation>උපාංග ගොනුව {path}</translation>
    </message>
    <message>
        <source>Windows printer {name}</source>
        <translation>Windows මුද්‍රකය {name}</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Receipt printer</source>
        <translation>රිසිට්පත් මුද්‍රකය</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>මුද්‍රකයක් නැත</translation>
    </message>
    <message>
        <source>Network (IP address)</source>
        <translation>ජාලය (IP ලිපිනය)</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>සීරියල් පෝට්</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>උපාංග ගොනුව</translation>
    </message>
    <message>
        <source>Windows printer</source>
        <translation>Windows මුද්‍රකය</translation>
    </message>
    <message>
        <source>80 mm (48 characters)</source>
        <translation>80 mm (අක්ෂර 48)</translation>
    </message>
    <message>
        <source>58 mm (32 characters)</source>
        <translation>58 mm (අක්ෂර 32)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>මුද්‍රකය</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ලිපිනය</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>පෝට්</translation>
    </message>
    <message>
        <source>Vendor id (hex)</source>
        <translation>Vendor ID (hex)</translation>
    </message>
    <message>
        <source>Product id (hex)</source>
        <translation>Product ID (hex)</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>බෝඩ් අනුපාතය (Baud rate)</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>මුද්‍රකයේ නම</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>කඩදාසි පළල</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>පරීක්ෂණ මුද්‍රණය</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>සුරකින්න</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>වසන්න</translation>
    </message>
    <message>
        <source>Error: {0}</source>
        <translation>දෝෂය: {0}</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>සුරකිමින්...</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>සුරකින ලදී: {0}</translation>
    </message>
    <message>
        <source>Choose a printer first.</source>
        <translation>පළමුව මුද්‍රකයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Sending a test page to {0}...</source>
        <translation>{0} වෙත පරීක්ෂණ පිටුවක් යවමින්...</translation>
    </message>
    <message>
        <source>Test page printed.</source>
        <translation>පරීක්ෂණ පිටුව මුද්‍රණය විය.</translation>
    </message>
    <message>
        <source>Test print failed: {0}</source>
        <translation>පරීක්ෂණ මුද්‍රණය අසාර්ථකයි: {0}</translation>
    </message>
    <message>
        <source>The test page is still waiting in the print queue. {0}</source>
        <translation>පරීක්ෂණ පිටුව තවමත් මුද්‍රණ පෝලිමේ රැඳී ඇත. {0}</translation>
    </message>
    <message>
        <source>Is the printer worker running?</source>
        <translation>මුද්‍රණ සේවාව (printer worker) ක්‍රියාත්මක වේද?</translation>
    </message>
    <message>
        <source>Retrying: {0}</source>
        <translation>නැවත උත්සාහ කරමින්: {0}</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>New product</source>
        <translation>නව භාණ්ඩය</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>භාණ්ඩය</translation>
    </message>
    <message>
        <source>Generate EAN-13</source>
        <translation>EAN-13 ජනනය කරන්න</translation>
    </message>
    <message>
        <source>comma separated, e.g. organic, local</source>
        <translation>කොමාවෙන් වෙන් කරන්න, උදා. කාබනික, දේශීය</translation>
    </message>
    <message>
        <source>Sold by weight (kg)</source>
        <translation>බර අනුව විකිණේ (kg)</translation>
    </message>
    <message>
        <source>Add image…</source>
        <translation>රූපයක් එක් කරන්න…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>රූපය ඉවත් කරන්න</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>විකල්පය</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>අගය</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>බාර්කේතය</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>මිල</translation>
    </message>
    <message>
        <source>Add variant…</source>
        <translation>ප්‍රභේදයක් එක් කරන්න…</translation>
    </message>
    <message>
        <source>Edit variant…</source>
        <translation>ප්‍රභේදය සංස්කරණය කරන්න…</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>පිරිවැය</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ප්‍රවර්ගය</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>බදු වර්ගය</translation>
    </message>
    <message>
        <source>Money ({})</source>
        <translation>මිල ගණන් ({})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>තත්ත්වය</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ටැග්</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>විස්තරය</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>රූප</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>ප්‍රභේද</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(ප්‍රවර්ගයක් නැත)</translation>
    </message>
    <message>
        <source>Save the product first</source>
        <translation>පළමුව භාණ්ඩය සුරකින්න</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>රූපයක් තෝරන්න</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>රූප (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>බාර්කේතය</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>මිල</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>පිරිවැය</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>තත්ත්වය</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Active</source>
        <translation>සක්‍රිය</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>අක්‍රිය</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>කෙටුම්පත</translation>
    </message>
    <message>
        <source>Filter by name, SKU or barcode</source>
        <translation>නම, SKU හෝ බාර්කේතය අනුව පෙරන්න</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ඕනෑම තත්ත්වයක්</translation>
    </message>
    <message>
        <source>No barcode</source>
        <translation>බාර්කේතයක් නැත</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>නව භාණ්ඩය…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>සංස්කරණය කරන්න…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>සියලු ප්‍රවර්ග</translation>
    </message>
    <message>
        <source>Any tax class</source>
        <translation>ඕනෑම බදු වර්ගයක්</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>භාණ්ඩ %n</numerusform>
            <numerusform>භාණ්ඩ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n products</source>
        <translation>
            <numerusform>භාණ්ඩ %n කට වඩා</numerusform>
            <numerusform>භාණ්ඩ %n කට වඩා</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseOrdersPage</name>
    <message>
        <source>Open orders</source>
        <translation>විවෘත ඇණවුම්</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>සියලු ඇණවුම්</translation>
    </message>
    <message>
        <source>Search by order number or supplier</source>
        <translation>ඇණවුම් අංකය හෝ සැපයුම්කරු මගින් සොයන්න</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ඇණවුම</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>සැපයුම්කරු</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>තත්ත්වය</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>භාරදිය යුතු තැන</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>අපේක්ෂිත දිනය</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>එකතුව</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>නව ඇණවුම…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>විවෘත කරන්න…</translation>
    </message>
    <message>
        <source>Mark ordered</source>
        <translation>ඇණවුම් කළ ලෙස සලකුණු කරන්න</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>භාරගන්න…</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>ඇණවුම අවලංගු කරන්න</translation>
    </message>
    <message>
        <source>Close short</source>
        <translation>අඩුවෙන් ලැබී වසන්න</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>මිලදී ගැනීමේ ඇණවුම්</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>ඇණවුම් %n</numerusform>
            <numerusform>ඇණවුම් %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Click again to cancel {}</source>
        <translation>{} අවලංගු කිරීමට නැවත ක්ලික් කරන්න</translation>
    </message>
    <message>
        <source>{number} is now {status}.</source>
        <translation>{number} දැන් {status}.</translation>
    </message>
    <message>
        <source>{name}: {on_hand} on hand.</source>
        <translation>{name}: තොගයේ {on_hand} ඇත.</translation>
    </message>
    <message>
        <source>Cost of {name}: {old} → {new}.</source>
        <translation>{name} හි පිරිවැය: {old} → {new}.</translation>
    </message>
    <message>
        <source>Saved {}</source>
        <translation>සුරකින ලදී {}</translation>
    </message>
</context>
<context>
    <name>Purchasing</name>
    <message>
        <source>Draft</source>
        <translation>කෙටුම්පත</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>ඇණවුම් කළ</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>අර්ධ වශයෙන් ලැබුණු</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ලැබුණු</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>අවලංගු කළ</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>භාරදීමේදී මුදල් ගෙවීම</translation>
    </message>
    <message>
        <source>7 days credit</source>
        <translation>දින 7 ණය</translation>
    </message>
    <message>
        <source>14 days credit</source>
        <translation>දින 14 ණය</translation>
    </message>
    <message>
        <source>30 days credit</source>
        <translation>දින 30 ණය</translation>
    </message>
    <message>
        <source>Advance payment</source>
        <translation>අත්තිකාරම් ගෙවීම</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>හරි</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>අවලංගු කරන්න</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>වසන්න</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ඔව් (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>නැත (&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>සුරකින්න</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>යොදන්න</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Thank you! Please come again.</source>
        <translation>ස්තූතියි! නැවත පැමිණෙන්න.</translation>
    </message>
    <message>
        <source>RECEIPT</source>
        <translation>රිසිට්පත</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>ආපසු ගෙවීම</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>අවලංගුයි</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>ලෝකඩ</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>රිදී</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>රන්</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>ප්ලැටිනම්</translation>
    </message>
    <message>
        <source>Tel: {phone}</source>
        <translation>දුරකථන: {phone}</translation>
    </message>
    <message>
        <source>VAT Reg No: {number}</source>
        <translation>VAT ලියාපදිංචි අංකය: {number}</translation>
    </message>
    <message>
        <source> - COPY</source>
        <translation> - පිටපත</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>රිසිට්පත් අංකය</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>දිනය</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>අයකැමි</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>ටර්මිනලය</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>පාරිභෝගික</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>මුල් රිසිට්පත</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>හේතුව: {reason}</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>වට්ටම</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>උප එකතුව</translation>
    </message>
    <message>
        <source>Item discounts</source>
        <translation>භාණ්ඩ වට්ටම්</translation>
    </message>
    <message>
        <source>Bill discount</source>
        <translation>බිල් වට්ටම</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>කූපනය</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>බද්ද</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>එකතුව</translation>
    </message>
    <message>
        <source>REFUNDED</source>
        <translation>ආපසු ගෙවූ මුදල</translation>
    </message>
    <message>
        <source>Tax included in prices:</source>
        <translation>මිලට ඇතුළත් බදු:</translation>
    </message>
    <message>
        <source>Tax breakdown:</source>
        <translation>බදු විස්තරය:</translation>
    </message>
    <message>
        <source>{code} {percent} on {amount}</source>
        <translation>{amount} මත {code} {percent}</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>ඇතුළත් බදු</translation>
    </message>
    <message>
        <source>Refund {method}</source>
        <translation>ආපසු ගෙවීම {method}</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>භාවිත කළ ලකුණු</translation>
    </message>
    <message>
        <source>Ref: {reference}</source>
        <translation>යොමුව: {reference}</translation>
    </message>
    <message>
        <source>(pending verification)</source>
        <translation>(තහවුරු කිරීමට ඇත)</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ඉතිරි මුදල</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>ලැබූ ලකුණු</translation>
    </message>
    <message>
        <source>Points reversed</source>
        <translation>අහෝසි කළ ලකුණු</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>භාවිත කළ ලකුණු</translation>
    </message>
    <message>
        <source>Points restored</source>
        <translation>ආපසු දුන් ලකුණු</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>ලකුණු ශේෂය</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>මට්ටම</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive {}</source>
        <translation>{} භාරගන්න</translation>
    </message>
    <message>
        <source>{supplier} · deliver to {warehouse}</source>
        <translation>{supplier} · භාරදිය යුතු තැන {warehouse}</translation>
    </message>
    <message>
        <source>Receive a delivery for {}</source>
        <translation>{} සඳහා භාරදීමක් භාරගන්න</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>භාණ්ඩය</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>ඇණවුම් කළ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ලැබුණු</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>ලැබීමට ඇති</translation>
    </message>
    <message>
        <source>Receiving now</source>
        <translation>දැන් භාරගන්නා</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>ඒකක පිරිවැය</translation>
    </message>
    <message>
        <source>Supplier&apos;s delivery note or invoice number</source>
        <translation>සැපයුම්කරුගේ භාරදීමේ පත්‍රිකාව හෝ ඉන්වොයිස් අංකය</translation>
    </message>
    <message>
        <source>Accept more than ordered</source>
        <translation>ඇණවුම් කළ ප්‍රමාණයට වඩා භාරගන්න</translation>
    </message>
    <message>
        <source>Receive into stock</source>
        <translation>තොගයට භාරගන්න</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>අවලංගු කරන්න</translation>
    </message>
    <message>
        <source>Tick &apos;Accept more than ordered&apos; to book it.</source>
        <translation>එය සටහන් කිරීමට &apos;ඇණවුම් කළ ප්‍රමාණයට වඩා භාරගන්න&apos; සලකුණු කරන්න.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>When</source>
        <translation>කවදා</translation>
    </message>
    <message>
        <source>User</source>
        <translation>පරිශීලකයා</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>ක්‍රියාව</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>වස්තුව</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>හේතුව</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>අනුමත කළේ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>විස්තර</translation>
    </message>
    <message>
        <source>All</source>
        <translation>සියල්ල</translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (තවත් බැලීමට අනුචලනය කරන්න)</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>සටහන් {n}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>අද</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>ඊයේ</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>මෙම සතිය</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>මෙම මාසය</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>පසුගිය මාසය</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>අභිරුචි</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>කාල පරිච්ඡේදය</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>යාවත්කාලීන කරන්න</translation>
    </message>
    <message>
        <source>Export {kind}</source>
        <translation>{kind} අපනයනය කරන්න</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>කියවමින්…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>අපනයනය කරමින්…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>සුරකින ලදී {path}</translation>
    </message>
    <message>
        <source>As of {moment}</source>
        <translation>{moment} වන විට</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>මාරු වාර්තාව</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>වාර්තාව විවෘත කරන්න</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>ආරම්භ කළේ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>වැසුවේ</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>දිනය අනුව විකුණුම්</translation>
    </message>
    <message>
        <source>Sales by hour of day</source>
        <translation>දවසේ පැය අනුව විකුණුම්</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>භාණ්ඩය අනුව විකුණුම්</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>ප්‍රවර්ගය අනුව විකුණුම්</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>මුදල් අයකැමි අනුව විකුණුම්</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>ගෙවීම් ක්‍රමය අනුව විකුණුම්</translation>
    </message>
    <message>
        <source>Tax report</source>
        <translation>බදු වාර්තාව</translation>
    </message>
    <message>
        <source>Inventory valuation by product</source>
        <translation>භාණ්ඩය අනුව තොග වටිනාකම</translation>
    </message>
    <message>
        <source>Inventory valuation by category</source>
        <translation>ප්‍රවර්ගය අනුව තොග වටිනාකම</translation>
    </message>
    <message>
        <source>Inventory valuation by warehouse</source>
        <translation>ගබඩාව අනුව තොග වටිනාකම</translation>
    </message>
    <message>
        <source>Loyalty liability</source>
        <translation>ලෝයල්ටි බැඳීම</translation>
    </message>
    <message>
        <source>In the period: issued {issued}, redeemed {redeemed}, expired {expired}, adjusted {adjusted}, reversed by returns {reversed}.</source>
        <translation>කාලපරිච්ඡේදය තුළ: නිකුත් කළ {issued}, භාවිත කළ {redeemed}, කල් ඉකුත් වූ {expired}, සකසන ලද {adjusted}, ආපසු භාරගැනීම් නිසා අහෝසි කළ {reversed}.</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(ප්‍රවර්ගයක් නැත)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>ආපසු භාරගැනීම්</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>දළ විකුණුම්</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>ආපසු ගෙවීම්</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>ශුද්ධ විකුණුම්</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>බද්ද</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>වට්ටම්</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>ප්‍රමාණය</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>දිනය</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>පැය</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>මුදල් අයකැමි</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>එකතුව</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>භාණ්ඩය</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ප්‍රවර්ගය</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>ගෙවීම් ක්‍රමය</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>ගෙවීම්</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>ලැබුණු මුදල</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>ආපසු ගෙවූ</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>ශුද්ධ</translation>
    </message>
    <message>
        <source>Pending verification</source>
        <translation>තහවුරු කිරීමට ඇත</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>බදු වර්ගය</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>අනුපාතය</translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation>බදු අය කළ හැකි මුදල</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>බදු සහිත මුදල</translation>
    </message>
    <message>
        <source>Value = stock on hand x the product&apos;s current cost.</source>
        <translation>වටිනාකම = තොගයේ ඇති ප්‍රමාණය x භාණ්ඩයේ වත්මන් පිරිවැය.</translation>
    </message>
    <message>
        <source>Products without a cost: {n}</source>
        <translation>පිරිවැයක් නැති භාණ්ඩ: {n}</translation>
    </message>
    <message>
        <source>Rows with negative stock: {n}</source>
        <translation>සෘණ තොගය ඇති පේළි: {n}</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>ගබඩාව</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>තොගයේ ඇති</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>ඒකක පිරිවැය</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>වටිනාකම</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>භාණ්ඩ</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>මට්ටම</translation>
    </message>
    <message>
        <source>Members with points</source>
        <translation>ලකුණු ඇති සාමාජිකයින්</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>ශේෂ ලකුණු</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>බැඳීම</translation>
    </message>
    <message>
        <source>One point is worth {value}.</source>
        <translation>එක් ලකුණක වටිනාකම {value} කි.</translation>
    </message>
    <message>
        <source>Z No.</source>
        <translation>Z අංකය</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>විකුණුම්</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>ශුද්ධ එකතුව</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>තිබිය යුතු මුදල්</translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation>අතිරික්ත/හිඟ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>විවෘතයි</translation>
    </message>
    <message>
        <source>{n} shifts, net total {total}</source>
        <translation>මාරු {n}, ශුද්ධ එකතුව {total}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} සිට {last} දක්වා</translation>
    </message>
</context>
<context>
    <name>ReturnLinesTable</name>
    <message>
        <source>Item</source>
        <translation>භාණ්ඩය</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>විකුණූ</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ආපසු ලැබුණු</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>ඉතිරි</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>දැන් ආපසු</translation>
    </message>
    <message>
        <source>Goes</source>
        <translation>යවන තැන</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>තොගයට ආපසු</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>අලාභ ලෙස ලියන්න</translation>
    </message>
</context>
<context>
    <name>ReturnsScreen</name>
    <message>
        <source>Scan or type a receipt number to start a return.</source>
        <translation>ආපසු භාරගැනීමක් ආරම්භ කිරීමට රිසිට්පත් අංකයක් ස්කෑන් කරන්න හෝ ටයිප් කරන්න.</translation>
    </message>
    <message>
        <source>card refund slip or transaction reference</source>
        <translation>කාඩ් ආපසු ගෙවීමේ ස්ලිප් එක හෝ ගනුදෙනු යොමුව</translation>
    </message>
    <message>
        <source>why it comes back, e.g. damaged, wrong size</source>
        <translation>ආපසු එන්නේ ඇයි, උදා. හානි වී ඇත, ප්‍රමාණය වැරදියි</translation>
    </message>
    <message>
        <source>Refund by</source>
        <translation>ආපසු ගෙවන ක්‍රමය</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>යොමුව</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>හේතුව</translation>
    </message>
    <message>
        <source>Refund chosen items</source>
        <translation>තෝරාගත් භාණ්ඩ සඳහා ආපසු ගෙවන්න</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>විකුණුම</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>මුදල්</translation>
    </message>
    <message>
        <source>Original payment method(s)</source>
        <translation>මුල් ගෙවීම් ක්‍රමය/ක්‍රම</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>සම්පූර්ණ කළ</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>අවලංගු කළ</translation>
    </message>
    <message>
        <source>partially returned</source>
        <translation>අර්ධ වශයෙන් ආපසු භාරගත්</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>ආපසු භාරගත්</translation>
    </message>
    <message>
        <source>Receipt {number} · {when} · total {total} · {status}</source>
        <translation>රිසිට්පත {number} · {when} · එකතුව {total} · {status}</translation>
    </message>
    <message>
        <source>This document cannot be returned against.</source>
        <translation>මෙම ලේඛනය සඳහා ආපසු භාරගැනීම් කළ නොහැක.</translation>
    </message>
    <message>
        <source>Choose a quantity to return on at least one line.</source>
        <translation>අවම වශයෙන් එක් පේළියක ආපසු භාරගන්නා ප්‍රමාණයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Enter the reason for the return.</source>
        <translation>ආපසු භාරගැනීමට හේතුව ඇතුළත් කරන්න.</translation>
    </message>
    <message>
        <source>Refunded {total} on return {number}.</source>
        <translation>ආපසු භාරගැනීම {number} සඳහා {total} ආපසු ගෙවන ලදී.</translation>
    </message>
    <message>
        <source>Give the customer {} in cash.</source>
        <translation>පාරිභෝගිකයාට මුදල් ලෙස {} ලබා දෙන්න.</translation>
    </message>
    <message>
        <source>{} points given back.</source>
        <translation>ලකුණු {} ආපසු ලබා දෙන ලදී.</translation>
    </message>
    <message>
        <source>Refund on receipt {}: a manager must approve.</source>
        <translation>රිසිට්පත {} සඳහා ආපසු ගෙවීම: කළමනාකරුවෙකු අනුමත කළ යුතුය.</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <source>New reward</source>
        <translation>නව ත්‍යාගය</translation>
    </message>
    <message>
        <source>Edit reward</source>
        <translation>ත්‍යාගය සංස්කරණය කරන්න</translation>
    </message>
    <message>
        <source>LKR, for a discount or cashback</source>
        <translation>LKR, වට්ටමක් හෝ මුදල් ආපසු සඳහා</translation>
    </message>
    <message>
        <source>Product id, for a free product</source>
        <translation>භාණ්ඩ ID, නොමිලේ භාණ්ඩයක් සඳහා</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>අසීමිත</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>සක්‍රියයි</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Points needed</source>
        <translation>අවශ්‍ය ලකුණු</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>වර්ගය</translation>
    </message>
    <message>
        <source>Value (LKR)</source>
        <translation>වටිනාකම (LKR)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>භාණ්ඩය</translation>
    </message>
    <message>
        <source>Stock (times it can be taken)</source>
        <translation>තොගය (ලබා ගත හැකි වාර ගණන)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>කාණ්ඩය</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>සුරකින්න</translation>
    </message>
    <message>
        <source>The value is not an amount.</source>
        <translation>වටිනාකම වලංගු මුදලක් නොවේ.</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <source>Reward</source>
        <translation>ත්‍යාගය</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ලකුණු</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>වර්ගය</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>අගය</translation>
    </message>
    <message>
        <source>Taken / stock</source>
        <translation>ලබාගත් / තොගය</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ප්‍රවර්ගය</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>සක්‍රිය</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>ත්‍යාග</translation>
    </message>
    <message>
        <source>New reward…</source>
        <translation>නව ත්‍යාගය…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>සංස්කරණය කරන්න…</translation>
    </message>
    <message>
        <source>Switch on/off</source>
        <translation>සක්‍රිය/අක්‍රිය කරන්න</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ඔව්</translation>
    </message>
    <message>
        <source>No</source>
        <translation>නැත</translation>
    </message>
    <message>
        <source>Select a reward first.</source>
        <translation>පළමුව ත්‍යාගයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>සුරකින ලදී.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Admin</source>
        <translation>පරිපාලක</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>කළමනාකරු</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>මුදල් අයකැමි</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Permission</source>
        <translation>අවසරය</translation>
    </message>
    <message>
        <source>Roles are the same on every till and cannot be edited here. Give one person more with individual grants below.</source>
        <translation>භූමිකා සෑම කවුන්ටරයකම එක සමානයි, මෙහි සංස්කරණය කළ නොහැක. එක් පුද්ගලයෙකුට වැඩිපුර අවසර දීමට පහත පුද්ගලික අවසර ලබාදීම් භාවිත කරන්න.</translation>
    </message>
    <message>
        <source>Individual grants</source>
        <translation>පුද්ගලික අවසර ලබාදීම්</translation>
    </message>
    <message>
        <source>Save grants</source>
        <translation>අවසර ලබාදීම් සුරකින්න</translation>
    </message>
    <message>
        <source>Grants saved.</source>
        <translation>අවසර ලබාදීම් සුරකින ලදී.</translation>
    </message>
</context>
<context>
    <name>SaleFinder</name>
    <message>
        <source>scan or type the receipt number</source>
        <translation>රිසිට්පත් අංකය ස්කෑන් කරන්න හෝ ටයිප් කරන්න</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>විවෘත කරන්න</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>රිසිට්පත</translation>
    </message>
    <message>
        <source>customer name, phone or card</source>
        <translation>පාරිභෝගිකයාගේ නම, දුරකථනය හෝ කාඩ්පත</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>ඕනෑම පාරිභෝගිකයෙක්</translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation>විකුණූ දිනය</translation>
    </message>
    <message>
        <source>Find sales</source>
        <translation>විකුණුම් සොයන්න</translation>
    </message>
    <message>
        <source>No receipt? Find the sale</source>
        <translation>රිසිට්පතක් නැද්ද? විකුණුම සොයන්න</translation>
    </message>
    <message>
        <source>When / customer</source>
        <translation>කවදා / පාරිභෝගිකයා</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>එකතුව</translation>
    </message>
    <message>
        <source>Customer: {}</source>
        <translation>පාරිභෝගිකයා: {}</translation>
    </message>
    <message>
        <source>No sales found.</source>
        <translation>විකුණුම් හමු නොවීය.</translation>
    </message>
</context>
<context>
    <name>SaleFlows</name>
    <message>
        <source>Void sale</source>
        <translation>විකුණුම අවලංගු කරන්න</translation>
    </message>
    <message>
        <source>Take every item off this sale?</source>
        <translation>මෙම විකුණුමෙන් සියලු භාණ්ඩ ඉවත් කරන්නද?</translation>
    </message>
    <message>
        <source>Receipt copy queued for printing.</source>
        <translation>රිසිට්පත් පිටපත මුද්‍රණය සඳහා පෝලිමට එක් කළා.</translation>
    </message>
    <message>
        <source>The sale is empty: scan or add an item first.</source>
        <translation>විකුණුම හිස්ය: පළමුව භාණ්ඩයක් ස්කෑන් කරන්න හෝ එක් කරන්න.</translation>
    </message>
    <message>
        <source>Sale {number} saved. Change {change}.</source>
        <translation>විකුණුම {number} සුරකින ලදී. ඉතිරි මුදල {change}.</translation>
    </message>
    <message>
        <source>Held as “{}”.</source>
        <translation>“{}” ලෙස රඳවා තැබුවා.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search by name, SKU or barcode (F3)</source>
        <translation>නම, SKU හෝ බාර්කේතය මගින් සොයන්න (F3)</translation>
    </message>
    <message>
        <source>Search failed: {}</source>
        <translation>සෙවීම අසාර්ථකයි: {}</translation>
    </message>
</context>
<context>
    <name>SellScreen</name>
    <message>
        <source>No product matches “{}”.</source>
        <translation>“{}” ට ගැළපෙන භාණ්ඩයක් නැත.</translation>
    </message>
    <message>
        <source>Quantity / weight (F7)</source>
        <translation>ප්‍රමාණය / බර (F7)</translation>
    </message>
    <message>
        <source>Discount: 10% or 150.00 (F8)</source>
        <translation>වට්ටම: 10% හෝ 150.00 (F8)</translation>
    </message>
    <message>
        <source>Coupon code (Shift+F8)</source>
        <translation>කූපන් කේතය (Shift+F8)</translation>
    </message>
    <message>
        <source>Remove coupon</source>
        <translation>කූපනය ඉවත් කරන්න</translation>
    </message>
    <message>
        <source>Customer (F4)</source>
        <translation>පාරිභෝගිකයා (F4)</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>ඉවත් කරන්න</translation>
    </message>
    <message>
        <source>Remove line (Del)</source>
        <translation>පේළිය ඉවත් කරන්න (Del)</translation>
    </message>
    <message>
        <source>Void sale (Shift+F12)</source>
        <translation>විකුණුම අවලංගු කරන්න (Shift+F12)</translation>
    </message>
    <message>
        <source>Hold (F5)</source>
        <translation>රඳවන්න (F5)</translation>
    </message>
    <message>
        <source>Recall (F6)</source>
        <translation>නැවත ගන්න (F6)</translation>
    </message>
    <message>
        <source>Reprint last (F11)</source>
        <translation>අවසන් රිසිට්පත නැවත (F11)</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>උදව් (F1)</translation>
    </message>
    <message>
        <source>PAY (F12)</source>
        <translation>ගෙවන්න (F12)</translation>
    </message>
    <message>
        <source>Scan not recognised.</source>
        <translation>ස්කෑන් කළ කේතය හඳුනාගත නොහැක.</translation>
    </message>
    <message>
        <source>Returns are not available on this till.</source>
        <translation>මෙම කවුන්ටරයේ ආපසු භාරගැනීම් කළ නොහැක.</translation>
    </message>
    <message>
        <source>No customer (F4 or scan a loyalty card)</source>
        <translation>පාරිභෝගිකයෙකු නැත (F4 හෝ ලෝයල්ටි කාඩ්පතක් ස්කෑන් කරන්න)</translation>
    </message>
    <message>
        <source>{points} points ({value})</source>
        <translation>ලකුණු {points} ({value})</translation>
    </message>
    <message>
        <source>redeemable now: {}</source>
        <translation>දැන් භාවිත කළ හැකි: {}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>not signed in</source>
        <translation>පිවිසී නැත</translation>
    </message>
</context>
<context>
    <name>ShellMenus</name>
    <message>
        <source>Held tickets are not available yet.</source>
        <translation>රඳවා තැබූ බිල් තවම ලබා ගත නොහැක.</translation>
    </message>
    <message>
        <source>Sync is not running in this app.</source>
        <translation>මෙම යෙදුමේ සමමුහුර්ත කිරීම ක්‍රියාත්මක නොවේ.</translation>
    </message>
    <message>
        <source>Syncing with HQ…</source>
        <translation>HQ සමඟ සමමුහුර්ත කරමින්…</translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation>කවුන්ටරය (&amp;T)</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>විකිණීම</translation>
    </message>
    <message>
        <source>Returns…</source>
        <translation>ආපසු භාරගැනීම්…</translation>
    </message>
    <message>
        <source>Held tickets…</source>
        <translation>රඳවා තැබූ බිල්…</translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation>අවසන් රිසිට්පත නැවත මුද්‍රණය කරන්න</translation>
    </message>
    <message>
        <source>No sale (open drawer)…</source>
        <translation>විකුණුමක් නැත (ලාච්චුව විවෘත කරන්න)…</translation>
    </message>
    <message>
        <source>Cash in…</source>
        <translation>මුදල් ඇතුළත් කිරීම…</translation>
    </message>
    <message>
        <source>Cash out / payout…</source>
        <translation>මුදල් ඉවත් කිරීම / පිටතට ගෙවීම…</translation>
    </message>
    <message>
        <source>Back office…</source>
        <translation>කළමනාකරණ අංශය…</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>මාරුව (&amp;S)</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X වාර්තාව</translation>
    </message>
    <message>
        <source>Close shift…</source>
        <translation>මාරුව වසන්න…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>නික්මෙන්න</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>සමමුහුර්ත කිරීම (&amp;Y)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>දැන් සමමුහුර්ත කරන්න</translation>
    </message>
    <message>
        <source>Sync inbox…</source>
        <translation>සමමුහුර්ත පණිවිඩ…</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>සැකසුම් (&amp;E)</translation>
    </message>
    <message>
        <source>Printer…</source>
        <translation>මුද්‍රකය…</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>පාරිභෝගික තිරය</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>උදව් (&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>යතුරුපුවරු කෙටිමං</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>කියොස්ක් ප්‍රකාරයෙන් ඉවත් වන්න</translation>
    </message>
    <message>
        <source>Kiosk mode on this till</source>
        <translation>මෙම කවුන්ටරයේ කියොස්ක් ප්‍රකාරය</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>භාෂාව (&amp;L)</translation>
    </message>
</context>
<context>
    <name>ShiftCloseScreen</name>
    <message>
        <source>Refresh X report</source>
        <translation>X වාර්තාව යාවත්කාලීන කරන්න</translation>
    </message>
    <message>
        <source>Print X report</source>
        <translation>X වාර්තාව මුද්‍රණය කරන්න</translation>
    </message>
    <message>
        <source>X report (the shift so far)</source>
        <translation>X වාර්තාව (මාරුව මෙතෙක්)</translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation>ලාච්චුවේ තිබිය යුතු මුදල</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>ගණන් කළ මුදල</translation>
    </message>
    <message>
        <source>note (optional): why the drawer is over or short</source>
        <translation>සටහන (අනිවාර්‍ය නොවේ): ලාච්චුවේ මුදල් අතිරික්ත හෝ හිඟ වූයේ ඇයි</translation>
    </message>
    <message>
        <source>Close shift and print Z report</source>
        <translation>මාරුව වසා Z වාර්තාව මුද්‍රණය කරන්න</translation>
    </message>
    <message>
        <source>Back to selling</source>
        <translation>විකිණීමට ආපසු</translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation>ලාච්චුවේ මුදල් ගණන් කරන්න</translation>
    </message>
    <message>
        <source>Beyond the {} limit: a manager must approve this count.</source>
        <translation>{} සීමාව ඉක්මවයි: මෙම ගණනය කළමනාකරුවෙකු අනුමත කළ යුතුය.</translation>
    </message>
    <message>
        <source>The drawer is over by {}. A manager must approve closing with this count.</source>
        <translation>ලාච්චුවේ මුදල් {} කින් අතිරික්තයි. මෙම ගණනය සමඟ මාරුව වැසීමට කළමනාකරුවෙකු අනුමත කළ යුතුය.</translation>
    </message>
    <message>
        <source>The drawer is short by {}. A manager must approve closing with this count.</source>
        <translation>ලාච්චුවේ මුදල් {} කින් හිඟයි. මෙම ගණනය සමඟ මාරුව වැසීමට කළමනාකරුවෙකු අනුමත කළ යුතුය.</translation>
    </message>
    <message>
        <source>Shift closed: Z report {}, over by {}.</source>
        <translation>මාරුව වසා ඇත: Z වාර්තාව {}, {} කින් අතිරික්තයි.</translation>
    </message>
    <message>
        <source>Shift closed: Z report {}, short by {}.</source>
        <translation>මාරුව වසා ඇත: Z වාර්තාව {}, {} කින් හිඟයි.</translation>
    </message>
    <message>
        <source>Shift closed: Z report {}, the drawer balanced.</source>
        <translation>මාරුව වසා ඇත: Z වාර්තාව {}, ලාච්චුවේ මුදල් ගැළපේ.</translation>
    </message>
    <message>
        <source>Not closed: the over/short needs a manager&apos;s approval.</source>
        <translation>වසා නැත: අතිරික්ත/හිඟය සඳහා කළමනාකරුගේ අනුමැතිය අවශ්‍යයි.</translation>
    </message>
    <message>
        <source>Saved as {}</source>
        <translation>{} ලෙස සුරකින ලදී</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {}</source>
        <translation>PDF ගොනුව සුරැකිය නොහැකි විය: {}</translation>
    </message>
</context>
<context>
    <name>ShiftOpenDialog</name>
    <message>
        <source>Open shift</source>
        <translation>මාරුව ආරම්භ කරන්න</translation>
    </message>
    <message>
        <source>No shift is open on this till. Count the cash in the drawer and enter the opening float to start selling.</source>
        <translation>මෙම කවුන්ටරයේ විවෘත මාරුවක් නැත. විකිණීම ආරම්භ කිරීමට ලාච්චුවේ ඇති මුදල් ගණන් කර ආරම්භක මුදල ඇතුළත් කරන්න.</translation>
    </message>
    <message>
        <source>Count the float by note and coin</source>
        <translation>ආරම්භක මුදල නෝට්ටු සහ කාසි ලෙස ගණන් කරන්න</translation>
    </message>
    <message>
        <source>Opening float ({})</source>
        <translation>ආරම්භක මුදල ({})</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>නික්මෙන්න</translation>
    </message>
    <message>
        <source>Enter the opening float (0 if the drawer is empty).</source>
        <translation>ආරම්භක මුදල ඇතුළත් කරන්න (ලාච්චුව හිස් නම් 0).</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <source>Terminal</source>
        <translation>ටර්මිනලය</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>මුදල් අයකැමි</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>ආරම්භ කළේ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>වැසුවේ</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>මුද්‍රණය කළේ</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>රිසිට්පත්</translation>
    </message>
    <message>
        <source>Sales ({count})</source>
        <translation>විකුණුම් ({count})</translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation>ආපසු භාරගැනීම් ({count})</translation>
    </message>
    <message>
        <source>Voids ({count})</source>
        <translation>අවලංගු කිරීම් ({count})</translation>
    </message>
    <message>
        <source>Tax total</source>
        <translation>බදු එකතුව</translation>
    </message>
    <message>
        <source>{method} ({count})</source>
        <translation>{method} ({count})</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>අතිරික්ත</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>හිඟ</translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation>අතිරික්ත/හිඟ</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>අනුමත කළේ</translation>
    </message>
    <message>
        <source>FINAL - shift closed</source>
        <translation>අවසාන - මාරුව වසා ඇත</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>ශුද්ධ එකතුව</translation>
    </message>
    <message>
        <source>Z report No. {number}</source>
        <translation>Z වාර්තාව අංක {number}</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z වාර්තාව</translation>
    </message>
    <message>
        <source>X report (reading, not final)</source>
        <translation>X වාර්තාව (කියවීමක්, අවසාන නොවේ)</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>දුන් වට්ටම්</translation>
    </message>
    <message>
        <source>of which coupons</source>
        <translation>එයින් කූපන්</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>බද්ද</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>විකුණූ භාණ්ඩ</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>ආපසු ගෙවූ</translation>
    </message>
    <message>
        <source>pending verification</source>
        <translation>තහවුරු කිරීමට ඇත</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>ආරම්භක මුදල</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>මුදල් විකුණුම්</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>මුදල් ආපසු ගෙවීම්</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>මුදල් ඇතුළත් කිරීම</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>මුදල් ඉවත් කිරීම</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>පිටතට ගෙවීම්</translation>
    </message>
    <message>
        <source>No-sale drawer opens</source>
        <translation>විකුණුමකින් තොරව ලාච්චුව විවෘත කිරීම්</translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation>ලාච්චුවේ තිබිය යුතු මුදල</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>ගණන් කළ මුදල</translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <translation>{when} {name} විසින්</translation>
    </message>
    <message>
        <source>{taxable} / tax {tax}</source>
        <translation>{taxable} / බද්ද {tax}</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>මාරුව</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>ආදායම</translation>
    </message>
    <message>
        <source>Tax by class</source>
        <translation>බදු වර්ගය අනුව</translation>
    </message>
    <message>
        <source>No taxed sales</source>
        <translation>බදු සහිත විකුණුම් නැත</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>ගෙවීම්</translation>
    </message>
    <message>
        <source>No payments</source>
        <translation>ගෙවීම් නැත</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>මුදල් ලාච්චුව</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>යතුරුපුවරු කෙටිමං</translation>
    </message>
</context>
<context>
    <name>StockHistoryDialog</name>
    <message>
        <source>Movements of {}</source>
        <translation>{} හි තොග චලන</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>වේලාව</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>වර්ගය</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>හේතුව</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>ප්‍රමාණය</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>ගබඩාව</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>යොමුව</translation>
    </message>
    <message>
        <source>User</source>
        <translation>පරිශීලකයා</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>සටහන</translation>
    </message>
    <message>
        <source>Older…</source>
        <translation>පැරණි ඒවා…</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) shown</source>
        <translation>
            <numerusform>චලන %n ක් පෙන්වයි</numerusform>
            <numerusform>චලන %n ක් පෙන්වයි</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockMoveDialog</name>
    <message>
        <source>Receive stock</source>
        <translation>තොගය භාරගන්න</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>තොගය ගළපන්න</translation>
    </message>
    <message>
        <source>Transfer stock</source>
        <translation>තොගය ස්ථානාන්තරණය කරන්න</translation>
    </message>
    <message>
        <source>{name} ({sku}) · {warehouse}: {on_hand} on hand</source>
        <translation>{name} ({sku}) · {warehouse}: තොගයේ {on_hand}</translation>
    </message>
    <message>
        <source>Remove from stock</source>
        <translation>තොගයෙන් ඉවත් කරන්න</translation>
    </message>
    <message>
        <source>Add to stock</source>
        <translation>තොගයට එක් කරන්න</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>හේතුවක් තෝරන්න…</translation>
    </message>
    <message>
        <source>Warehouse {}</source>
        <translation>ගබඩාව {}</translation>
    </message>
    <message>
        <source>Store {code} {name}</source>
        <translation>වෙළඳසැල {code} {name}</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>ප්‍රමාණය</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>ඒකක පිරිවැය</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>දිශාව</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>හේතුව</translation>
    </message>
    <message>
        <source>To</source>
        <translation>යවන ස්ථානය</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>සටහන</translation>
    </message>
    <message>
        <source>The unit cost is not an amount.</source>
        <translation>ඒකක පිරිවැය වලංගු මුදලක් නොවේ.</translation>
    </message>
    <message>
        <source>There is nowhere to transfer to: add a warehouse first.</source>
        <translation>ස්ථානාන්තරණය කිරීමට වෙනත් ස්ථානයක් නැත: පළමුව ගබඩාවක් එක් කරන්න.</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Search name, SKU or barcode</source>
        <translation>නම, SKU හෝ බාර්කේතය සොයන්න</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>සියලු ප්‍රවර්ග</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ඕනෑම තත්ත්වයක්</translation>
    </message>
    <message>
        <source>Inbound transfers…</source>
        <translation>පැමිණෙන ස්ථානාන්තරණ…</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>ගබඩාව</translation>
    </message>
    <message>
        <source>Receive (F2)</source>
        <translation>භාරගන්න (F2)</translation>
    </message>
    <message>
        <source>Adjust (F3)</source>
        <translation>ගළපන්න (F3)</translation>
    </message>
    <message>
        <source>Transfer (F4)</source>
        <translation>ස්ථානාන්තරණය (F4)</translation>
    </message>
    <message>
        <source>History (F5)</source>
        <translation>ඉතිහාසය (F5)</translation>
    </message>
    <message>
        <source>Double-click a reorder level or maximum to change it. A level in brackets is the product&apos;s own threshold, used where the warehouse sets none.</source>
        <translation>නැවත ඇණවුම් කිරීමේ මට්ටමක් හෝ උපරිමයක් වෙනස් කිරීමට එය මත දෙවරක් ක්ලික් කරන්න. වරහන් තුළ ඇති මට්ටමක් යනු භාණ්ඩයේම සීමාවයි; ගබඩාව සීමාවක් සකසා නොමැති තැන එය භාවිත වේ.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>තොගය</translation>
    </message>
    <message numerus="yes">
        <source>Inbound transfers (%n)…</source>
        <translation>
            <numerusform>පැමිණෙන ස්ථානාන්තරණ (%n)…</numerusform>
            <numerusform>පැමිණෙන ස්ථානාන්තරණ (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a product in the list first.</source>
        <translation>පළමුව ලැයිස්තුවෙන් භාණ්ඩයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Done: {name} now has {quantity} here.</source>
        <translation>නිමයි: {name} දැන් මෙහි {quantity} ක් ඇත.</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>තොගයේ ඇති</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>නැවත ඇණවුම් මට්ටම</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>උපරිමය</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>තත්ත්වය</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>පිරිවැය අනුව වටිනාකම</translation>
    </message>
</context>
<context>
    <name>StockTakePage</name>
    <message>
        <source>Whole warehouse</source>
        <translation>මුළු ගබඩාවම</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>ගණන් කිරීම</translation>
    </message>
    <message>
        <source>Start stock take</source>
        <translation>තොග ගණනය ආරම්භ කරන්න</translation>
    </message>
    <message>
        <source>Stock take</source>
        <translation>තොග ගණනය</translation>
    </message>
    <message>
        <source>Scan or type a barcode or SKU, then Enter</source>
        <translation>බාර්කේතයක් හෝ SKU එකක් ස්කෑන් කරන්න හෝ ටයිප් කර Enter ඔබන්න</translation>
    </message>
    <message>
        <source>Quantity is the total (recount)</source>
        <translation>ප්‍රමාණය මුළු එකතුවයි (නැවත ගණන් කිරීම)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>ගණන් කළ</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>ගණන් කළ වේලාව</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>කේතය</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>ප්‍රමාණය</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>අපේක්ෂිත</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>වෙනස</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>ඒකක පිරිවැය</translation>
    </message>
    <message>
        <source>Difference value</source>
        <translation>වෙනසේ වටිනාකම</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV ලෙස අපනයනය කරන්න…</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>වෙනස්කම්</translation>
    </message>
    <message>
        <source>Products not counted are at zero</source>
        <translation>ගණන් නොකළ භාණ්ඩ බිංදුවේ ඇත</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>සම්පූර්ණ කරන්න…</translation>
    </message>
    <message>
        <source>Cancel stock take</source>
        <translation>තොග ගණනය අවලංගු කරන්න</translation>
    </message>
    <message>
        <source>Complete now</source>
        <translation>දැන් සම්පූර්ණ කරන්න</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ආපසු</translation>
    </message>
    <message numerus="yes">
        <source>{ref} · {warehouse} · {status} · %n line(s) · {started}</source>
        <translation>
            <numerusform>{ref} · {warehouse} · {status} · පේළි %n · {started}</numerusform>
            <numerusform>{ref} · {warehouse} · {status} · පේළි %n · {started}</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>ගණන් කර නැත</translation>
    </message>
    <message>
        <source>{counted} counted, {varied} with a difference, {missing} not counted. Expected {expected}, counted {value}: difference {difference} (short {short}, over {over}).</source>
        <translation>{counted} ක් ගණන් කළා, {varied} ක වෙනසක් ඇත, {missing} ක් ගණන් කර නැත. අපේක්ෂිත {expected}, ගණන් කළ {value}: වෙනස {difference} (හිඟ {short}, අතිරික්ත {over}).</translation>
    </message>
    <message>
        <source>Choose the warehouse to count.</source>
        <translation>ගණන් කළ යුතු ගබඩාව තෝරන්න.</translation>
    </message>
    <message>
        <source>Stock take started: scan or type what you count.</source>
        <translation>තොග ගණනය ආරම්භ විය: ඔබ ගණන් කරන දේ ස්කෑන් කරන්න හෝ ටයිප් කරන්න.</translation>
    </message>
    <message>
        <source>{name} ({sku}): {quantity} counted</source>
        <translation>{name} ({sku}): {quantity} ගණන් කළා</translation>
    </message>
    <message>
        <source>Complete {ref}? The differences are written to the stock ledger and cannot be undone (a later count corrects them).</source>
        <translation>{ref} සම්පූර්ණ කරන්නද? වෙනස්කම් තොග ලෙජරයට ලියනු ලබන අතර ඒවා අහෝසි කළ නොහැක (පසුව කරන ගණනයකින් ඒවා නිවැරදි වේ).</translation>
    </message>
    <message>
        <source>Products not counted are set to zero.</source>
        <translation>ගණන් නොකළ භාණ්ඩ බිංදුවට සකසනු ලැබේ.</translation>
    </message>
    <message numerus="yes">
        <source>Stock take completed: %n correction(s) written.</source>
        <translation>
            <numerusform>තොග ගණනය සම්පූර්ණයි: නිවැරදි කිරීම් %n ක් ලියන ලදී.</numerusform>
            <numerusform>තොග ගණනය සම්පූර්ණයි: නිවැරදි කිරීම් %n ක් ලියන ලදී.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock take cancelled; stock is unchanged.</source>
        <translation>තොග ගණනය අවලංගු කළා; තොගය වෙනස් නොවීය.</translation>
    </message>
    <message>
        <source>Open the variance report first.</source>
        <translation>පළමුව වෙනස්කම් වාර්තාව විවෘත කරන්න.</translation>
    </message>
    <message>
        <source>Export variance report</source>
        <translation>වෙනස්කම් වාර්තාව අපනයනය කරන්න</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ගොනු (*.csv)</translation>
    </message>
    <message>
        <source>Saved {}</source>
        <translation>{} සුරකින ලදී</translation>
    </message>
</context>
<context>
    <name>StoreProfilePage</name>
    <message>
        <source>Store name</source>
        <translation>වෙළඳසැලේ නම</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ලිපිනය</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>දුරකථනය</translation>
    </message>
    <message>
        <source>VAT registration number</source>
        <translation>VAT ලියාපදිංචි අංකය</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>රිසිට්පත් ශීර්ෂය</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>රිසිට්පත් පාදකය</translation>
    </message>
    <message>
        <source>Header and footer: up to {} lines each, printed on every receipt.</source>
        <translation>ශීර්ෂය සහ පාදකය: එක එකක් පේළි {} දක්වා, සෑම රිසිට්පතකම මුද්‍රණය වේ.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>සුරකින්න</translation>
    </message>
    <message>
        <source>Saved. New receipts print these details.</source>
        <translation>සුරකින ලදී. නව රිසිට්පත්වල මෙම විස්තර මුද්‍රණය වේ.</translation>
    </message>
</context>
<context>
    <name>SuggestedOrdersPage</name>
    <message>
        <source>Supplier / item</source>
        <translation>සැපයුම්කරු / භාණ්ඩය</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>තොගයේ ඇති</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>ඇණවුම් කළ</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>නැවත ඇණවුම් මට්ටම</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>උපරිමය</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>යෝජිත</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>ඒකක පිරිවැය</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>මුදල</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>යාවත්කාලීන කරන්න</translation>
    </message>
    <message>
        <source>Create draft orders</source>
        <translation>කෙටුම්පත් ඇණවුම් සාදන්න</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>ගබඩාව</translation>
    </message>
    <message>
        <source>Suggested orders</source>
        <translation>යෝජිත ඇණවුම්</translation>
    </message>
    <message>
        <source>Items at or below their reorder level, counting what is already on open orders; the suggestion fills them up to their maximum.</source>
        <translation>විවෘත ඇණවුම්වල දැනටමත් ඇති ප්‍රමාණයද ගණන් කර, නැවත ඇණවුම් මට්ටමේ හෝ ඊට අඩුවෙන් ඇති භාණ්ඩ; යෝජනාව ඒවා උපරිමය දක්වා පුරවයි.</translation>
    </message>
    <message>
        <source>No supplier (set one on the product)</source>
        <translation>සැපයුම්කරුවෙකු නැත (භාණ්ඩය මත එකක් සකසන්න)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to reorder</source>
        <translation>
            <numerusform>නැවත ඇණවුම් කිරීමට භාණ්ඩ %n</numerusform>
            <numerusform>නැවත ඇණවුම් කිරීමට භාණ්ඩ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>සැපයුම්කරුවන් %n</numerusform>
            <numerusform>සැපයුම්කරුවන් %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft orders created: {}.</source>
        <translation>කෙටුම්පත් ඇණවුම් සාදන ලදී: {}.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no supplier and were left out.</source>
        <translation>
            <numerusform>භාණ්ඩ %n කට සැපයුම්කරුවෙකු නැති නිසා ඒවා ඉවත් කරන ලදී.</numerusform>
            <numerusform>භාණ්ඩ %n කට සැපයුම්කරුවෙකු නැති නිසා ඒවා ඉවත් කරන ලදී.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>New supplier</source>
        <translation>නව සැපයුම්කරු</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>සම්බන්ධ කරගත යුතු පුද්ගලයා</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>දුරකථනය</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ඊ-මේල්</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ලිපිනය</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>ගෙවීම් කොන්දේසි</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>බදු අංකය</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>සටහන්</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>සුරකින්න</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>අවලංගු කරන්න</translation>
    </message>
</context>
<context>
    <name>SuppliersPage</name>
    <message>
        <source>Search by name, contact, phone or e-mail</source>
        <translation>නම, සම්බන්ධතා පුද්ගලයා, දුරකථනය හෝ ඊමේල් මගින් සොයන්න</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>අක්‍රිය කළ ඒවා පෙන්වන්න</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>සම්බන්ධතා පුද්ගලයා</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>දුරකථනය</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ඊමේල්</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>ගෙවීම් කොන්දේසි</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>තත්ත්වය</translation>
    </message>
    <message>
        <source>New supplier…</source>
        <translation>නව සැපයුම්කරු…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>සංස්කරණය කරන්න…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>අක්‍රිය කරන්න</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>සැපයුම්කරුවන්</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>සක්‍රිය</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>අක්‍රිය කළ</translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>සැපයුම්කරුවන් %n</numerusform>
            <numerusform>සැපයුම්කරුවන් %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>නැවත සක්‍රිය කරන්න</translation>
    </message>
    <message>
        <source>Select a supplier first.</source>
        <translation>පළමුව සැපයුම්කරුවෙකු තෝරන්න.</translation>
    </message>
    <message>
        <source>{} is active again.</source>
        <translation>{} නැවත සක්‍රියයි.</translation>
    </message>
    <message>
        <source>{} is deactivated; its orders are kept.</source>
        <translation>{} අක්‍රිය කළා; එහි ඇණවුම් තබා ඇත.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync could not start: {}</source>
        <translation>සමමුහුර්ත කිරීම ආරම්භ කළ නොහැකි විය: {}</translation>
    </message>
    <message>
        <source>This terminal is not enrolled with HQ: there is nothing to sync.</source>
        <translation>මෙම ටර්මිනලය HQ සමඟ ලියාපදිංචි කර නැත: සමමුහුර්ත කිරීමට කිසිවක් නැත.</translation>
    </message>
</context>
<context>
    <name>SyncInboxScreen</name>
    <message>
        <source>Sync now</source>
        <translation>දැන් සමමුහුර්ත කරන්න</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>යාවත්කාලීන කරන්න</translation>
    </message>
    <message>
        <source>Back to selling</source>
        <translation>විකිණීමට ආපසු</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>ලියූ වේලාව</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ප්‍රතික්ෂේප වූ වේලාව</translation>
    </message>
    <message>
        <source>What</source>
        <translation>කුමක්ද</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>පේළිය</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>හේතුව</translation>
    </message>
    <message>
        <source>When</source>
        <translation>කවදා</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>වර්ගය</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>ඇඟවීම</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>විස්තර</translation>
    </message>
    <message>
        <source>Mark selected alerts read</source>
        <translation>තෝරාගත් ඇඟවීම් කියවූ ලෙස සලකුණු කරන්න</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>පාරිභෝගිකයා</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>දුරකථනය</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>මෙම ටර්මිනලය</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>HQ</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>කාඩ්පත</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>ලියාපදිංචි වූ දිනය</translation>
    </message>
    <message>
        <source>Same person (sync inbox)</source>
        <translation>එකම පුද්ගලයා (සමමුහුර්ත පණිවිඩ)</translation>
    </message>
    <message>
        <source>Keep the selected customer, merge the others of its group into it</source>
        <translation>තෝරාගත් පාරිභෝගිකයා තබාගෙන, එම කාණ්ඩයේ අනෙක් අය ඊට ඒකාබද්ධ කරන්න</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>හේතුව</translation>
    </message>
    <message>
        <source>Choose the customer to keep (choosing a group keeps its oldest). The others are merged into it: their points and purchases count for the one kept.</source>
        <translation>තබාගත යුතු පාරිභෝගිකයා තෝරන්න (කාණ්ඩයක් තේරුවහොත් එහි පැරණිතම පාරිභෝගිකයා තබාගනී). අනෙක් අය ඊට ඒකාබද්ධ වේ: ඔවුන්ගේ ලකුණු සහ මිලදී ගැනීම් තබාගත් පාරිභෝගිකයාට ගණන් වේ.</translation>
    </message>
    <message>
        <source>Only managers can open the sync inbox.</source>
        <translation>සමමුහුර්ත පණිවිඩ විවෘත කළ හැක්කේ කළමනාකරුවන්ට පමණි.</translation>
    </message>
    <message>
        <source>Same phone {}</source>
        <translation>එකම දුරකථනය {}</translation>
    </message>
    <message>
        <source>Same card {}</source>
        <translation>එකම කාඩ්පත {}</translation>
    </message>
    <message>
        <source>Negative stock</source>
        <translation>සෘණ තොගය</translation>
    </message>
    <message>
        <source>Negative points</source>
        <translation>සෘණ ලකුණු</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>සමමුහුර්ත කිරීම</translation>
    </message>
    <message>
        <source>Refused by HQ ({})</source>
        <translation>HQ ප්‍රතික්ෂේප කළ ({})</translation>
    </message>
    <message>
        <source>Alerts ({})</source>
        <translation>ඇඟවීම් ({})</translation>
    </message>
    <message>
        <source>Negative points ({})</source>
        <translation>සෘණ ලකුණු ({})</translation>
    </message>
    <message>
        <source>Possible duplicates ({})</source>
        <translation>විය හැකි අනුපිටපත් ({})</translation>
    </message>
    <message>
        <source>Sync is not running in this app.</source>
        <translation>මෙම යෙදුමේ සමමුහුර්ත කිරීම ක්‍රියාත්මක නොවේ.</translation>
    </message>
    <message>
        <source>Sync: {}</source>
        <translation>සමමුහුර්ත කිරීම: {}</translation>
    </message>
    <message>
        <source>{} pending</source>
        <translation>{} ක් රැඳී ඇත</translation>
    </message>
    <message>
        <source>last success {}</source>
        <translation>අවසන් සාර්ථක වාරය {}</translation>
    </message>
    <message>
        <source>last error: {}</source>
        <translation>අවසන් දෝෂය: {}</translation>
    </message>
    <message>
        <source>Syncing with HQ…</source>
        <translation>HQ සමඟ සමමුහුර්ත කරමින්…</translation>
    </message>
    <message>
        <source>Select the alerts to mark read.</source>
        <translation>කියවූ ලෙස සලකුණු කිරීමට ඇඟවීම් තෝරන්න.</translation>
    </message>
    <message>
        <source>Choose the customer to keep.</source>
        <translation>තබාගත යුතු පාරිභෝගිකයා තෝරන්න.</translation>
    </message>
    <message>
        <source>Say why these customers are the same person.</source>
        <translation>මෙම පාරිභෝගිකයින් එකම පුද්ගලයා වන්නේ ඇයිදැයි සඳහන් කරන්න.</translation>
    </message>
    <message>
        <source>Merged 1 customer into the one kept.</source>
        <translation>එක් පාරිභෝගිකයෙකු තබාගත් පාරිභෝගිකයාට ඒකාබද්ධ කළා.</translation>
    </message>
    <message>
        <source>Merged {} customers into the one kept.</source>
        <translation>පාරිභෝගිකයින් {} දෙනෙකු තබාගත් පාරිභෝගිකයාට ඒකාබද්ධ කළා.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync now</source>
        <translation>දැන් සමමුහුර්ත කරන්න</translation>
    </message>
    <message>
        <source>Sync inbox…</source>
        <translation>සමමුහුර්ත පණිවිඩ…</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>ලියාපදිංචි නැත</translation>
    </message>
    <message>
        <source>online</source>
        <translation>සබැඳිව</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>නොබැඳිව</translation>
    </message>
    <message>
        <source>sync blocked</source>
        <translation>සමමුහුර්ත කිරීම අවහිරයි</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>යාවත්කාලීනයි</translation>
    </message>
    <message>
        <source>{n} pending</source>
        <translation>{n} ක් රැඳී ඇත</translation>
    </message>
    <message>
        <source>oldest {age}</source>
        <translation>පැරණිතම {age}</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>{n} ක් ප්‍රතික්ෂේප විය</translation>
    </message>
    <message>
        <source>Changes are kept on this terminal until HQ receives them.</source>
        <translation>HQ වෙත ලැබෙන තුරු වෙනස්කම් මෙම ටර්මිනලයේ තබා ඇත.</translation>
    </message>
    <message>
        <source>Sync is starting…</source>
        <translation>සමමුහුර්ත කිරීම ආරම්භ වෙමින්…</translation>
    </message>
    <message>
        <source>Connected to HQ.</source>
        <translation>HQ වෙත සම්බන්ධයි.</translation>
    </message>
    <message>
        <source>HQ cannot be reached. Selling goes on; changes wait on this terminal.</source>
        <translation>HQ වෙත සම්බන්ධ විය නොහැක. විකිණීම දිගටම කළ හැක; වෙනස්කම් මෙම ටර්මිනලයේ රැඳී සිටී.</translation>
    </message>
    <message>
        <source>HQ refused this terminal; sync has stopped until a manager checks it.</source>
        <translation>HQ මෙම ටර්මිනලය ප්‍රතික්ෂේප කළා; කළමනාකරුවෙකු පරීක්ෂා කරන තුරු සමමුහුර්ත කිරීම නවතා ඇත.</translation>
    </message>
    <message>
        <source>This terminal is not enrolled with HQ: it works on its own.</source>
        <translation>මෙම ටර්මිනලය HQ සමඟ ලියාපදිංචි කර නැත: එය ස්වාධීනව ක්‍රියා කරයි.</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>දැන් සමමුහුර්ත කරමින්…</translation>
    </message>
    <message>
        <source>{n} changes wait for HQ.</source>
        <translation>වෙනස්කම් {n} ක් HQ වෙත යැවීමට රැඳී ඇත.</translation>
    </message>
    <message>
        <source>Oldest waiting since {time}.</source>
        <translation>පැරණිතම එක {time} සිට රැඳී ඇත.</translation>
    </message>
    <message>
        <source>Last successful sync: {time} ({ago} ago).</source>
        <translation>අවසන් සාර්ථක සමමුහුර්ත කිරීම: {time} ({ago} කට පෙර).</translation>
    </message>
    <message>
        <source>No successful sync yet.</source>
        <translation>තවම සාර්ථක සමමුහුර්ත කිරීමක් නැත.</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>අවසන් දෝෂය: {error}</translation>
    </message>
    <message>
        <source>Next attempt at {time}.</source>
        <translation>ඊළඟ උත්සාහය {time} ට.</translation>
    </message>
    <message>
        <source>{n} changes were refused by HQ: see the sync inbox.</source>
        <translation>වෙනස්කම් {n} ක් HQ විසින් ප්‍රතික්ෂේප කරන ලදී: සමමුහුර්ත පණිවිඩ බලන්න.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {m} minutes off HQ&apos;s: please correct it.</source>
        <translation>මෙම පරිගණකයේ ඔරලෝසුව HQ ඔරලෝසුවෙන් මිනිත්තු {m} ක් වෙනස්ය: කරුණාකර එය නිවැරදි කරන්න.</translation>
    </message>
    <message>
        <source>This terminal is not enrolled with HQ: there is nothing to sync.</source>
        <translation>මෙම ටර්මිනලය HQ සමඟ ලියාපදිංචි කර නැත: සමමුහුර්ත කිරීමට කිසිවක් නැත.</translation>
    </message>
    <message>
        <source>Syncing with HQ…</source>
        <translation>HQ සමඟ සමමුහුර්ත කරමින්…</translation>
    </message>
</context>
<context>
    <name>TaxesPage</name>
    <message>
        <source>Shelf prices include tax</source>
        <translation>රාක්ක මිලට බදු ඇතුළත්</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>කේතය</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>අනුපාතය %</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>නිදහස්</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>සක්‍රියයි</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>භාණ්ඩ</translation>
    </message>
    <message>
        <source>Exempt (outside VAT)</source>
        <translation>නිදහස් (VAT වලින් බැහැර)</translation>
    </message>
    <message>
        <source>Rate (percent)</source>
        <translation>අනුපාතය (ප්‍රතිශතය)</translation>
    </message>
    <message>
        <source>New tax class</source>
        <translation>නව බදු පන්තිය</translation>
    </message>
    <message>
        <source>Save tax class</source>
        <translation>බදු පන්තිය සුරකින්න</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ඔව්</translation>
    </message>
    <message>
        <source>No</source>
        <translation>නැත</translation>
    </message>
    <message>
        <source>Tax class saved.</source>
        <translation>බදු පන්තිය සුරකින ලදී.</translation>
    </message>
    <message>
        <source>Saved; applies to new sales.</source>
        <translation>සුරකින ලදී; නව විකුණුම් සඳහා අදාළ වේ.</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Subtotal</source>
        <translation>උප එකතුව</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>වට්ටම්</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>කූපනය</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>භාණ්ඩ</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>මුළු එකතුව</translation>
    </message>
    <message>
        <source>{name} (included)</source>
        <translation>{name} (ඇතුළත්)</translation>
    </message>
    <message>
        <source>Coupon {}</source>
        <translation>කූපනය {}</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Unexpected error: {}</source>
        <translation>අනපේක්ෂිත දෝෂයක්: {}</translation>
    </message>
</context>
<context>
    <name>UnsyncedWarning</name>
    <message>
        <source>1 sale has not reached HQ yet; it is safe on this terminal and will sync when HQ is reachable. Continue?</source>
        <translation>එක් විකුණුමක් තවම HQ වෙත ළඟා වී නැත; එය මෙම ටර්මිනලයේ ආරක්ෂිතව ඇති අතර HQ වෙත සම්බන්ධ විය හැකි විට සමමුහුර්ත වේ. ඉදිරියට යන්නද?</translation>
    </message>
    <message>
        <source>{n} sales have not reached HQ yet; they are safe on this terminal and will sync when HQ is reachable. Continue?</source>
        <translation>විකුණුම් {n} ක් තවම HQ වෙත ළඟා වී නැත; ඒවා මෙම ටර්මිනලයේ ආරක්ෂිතව ඇති අතර HQ වෙත සම්බන්ධ විය හැකි විට සමමුහුර්ත වේ. ඉදිරියට යන්නද?</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>මාරුව වසන්න</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>නික්මෙන්න</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ඉදිරියට යන්න</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>පරිශීලක නාමය</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>භූමිකාව</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>තත්ත්වය</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>අවසන් පිවිසීම</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>ද්වි-සාධක</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>භාෂාව</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>නව පරිශීලකයා…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>අක්‍රිය කරන්න</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>PIN යළි සකසන්න…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>මුරපදය යළි සකසන්න…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>අගුළු හරින්න</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>භූමිකාව වෙනස් කරන්න…</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>භාෂාව…</translation>
    </message>
    <message>
        <source>Turn off two-factor</source>
        <translation>ද්වි-සාධක අක්‍රිය කරන්න</translation>
    </message>
    <message>
        <source>My two-factor sign-in…</source>
        <translation>මගේ ද්වි-සාධක පිවිසීම…</translation>
    </message>
    <message>
        <source>Require two-factor sign-in for managers and administrators</source>
        <translation>කළමනාකරුවන් සහ පරිපාලකයින් සඳහා ද්වි-සාධක පිවිසීම අනිවාර්‍ය කරන්න</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>පරිශීලකයින්</translation>
    </message>
    <message>
        <source>never</source>
        <translation>කිසි විටෙක නැත</translation>
    </message>
    <message>
        <source>On</source>
        <translation>සක්‍රියයි</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>අක්‍රියයි</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>අක්‍රිය කර ඇත</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>අගුළු දමා ඇත</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>සක්‍රිය</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>සක්‍රිය කරන්න</translation>
    </message>
    <message>
        <source>User created.</source>
        <translation>පරිශීලකයා සාදන ලදී.</translation>
    </message>
    <message>
        <source>User disabled.</source>
        <translation>පරිශීලකයා අක්‍රිය කරන ලදී.</translation>
    </message>
    <message>
        <source>User enabled.</source>
        <translation>පරිශීලකයා සක්‍රිය කරන ලදී.</translation>
    </message>
    <message>
        <source>User unlocked.</source>
        <translation>පරිශීලකයාගේ අගුළු හරින ලදී.</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>PIN යළි සකසන්න</translation>
    </message>
    <message>
        <source>New PIN for {} (4-8 digits):</source>
        <translation>{} සඳහා නව PIN (ඉලක්කම් 4-8):</translation>
    </message>
    <message>
        <source>PIN changed; the account is unlocked.</source>
        <translation>PIN වෙනස් කළා; ගිණුමේ අගුළු හරින ලදී.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>මුරපදය යළි සකසන්න</translation>
    </message>
    <message>
        <source>New password for {} (at least 8 characters):</source>
        <translation>{} සඳහා නව මුරපදය (අවම වශයෙන් අක්ෂර 8):</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>මුරපදය වෙනස් කළා.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>භූමිකාව වෙනස් කරන්න</translation>
    </message>
    <message>
        <source>Role of {}:</source>
        <translation>{} ගේ භූමිකාව:</translation>
    </message>
    <message>
        <source>Role changed.</source>
        <translation>භූමිකාව වෙනස් කළා.</translation>
    </message>
    <message>
        <source>Language of {}:</source>
        <translation>{} ගේ භාෂාව:</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>භාෂාව වෙනස් කළා.</translation>
    </message>
    <message>
        <source>Two-factor sign-in turned off for {}.</source>
        <translation>{} සඳහා ද්වි-සාධක පිවිසීම අක්‍රිය කළා.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>සුරකින ලදී.</translation>
    </message>
    <message>
        <source>Turn off two-factor sign-in</source>
        <translation>ද්වි-සාධක පිවිසීම අක්‍රිය කරන්න</translation>
    </message>
    <message>
        <source>Type a current code from your app (or a backup code) to turn it off:</source>
        <translation>එය අක්‍රිය කිරීමට ඔබේ යෙදුමේ ඇති වත්මන් කේතයක් (හෝ උපස්ථ කේතයක්) ටයිප් කරන්න:</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off.</source>
        <translation>ද්වි-සාධක පිවිසීම අක්‍රියයි.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on.</source>
        <translation>ද්වි-සාධක පිවිසීම සක්‍රියයි.</translation>
    </message>
</context>
<context>
    <name>VariantDialog</name>
    <message>
        <source>Variant of {}</source>
        <translation>{} හි ප්‍රභේදය</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ප්‍රමාණය</translation>
    </message>
    <message>
        <source>Generate EAN-13</source>
        <translation>EAN-13 ජනනය කරන්න</translation>
    </message>
    <message>
        <source>blank: the product&apos;s price</source>
        <translation>හිස් නම්: භාණ්ඩයේ මිල</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>සක්‍රියයි</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>විකල්පය</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>අගය</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>බාර්කේතය</translation>
    </message>
    <message>
        <source>Price ({})</source>
        <translation>මිල ({})</translation>
    </message>
</context>
<context>
    <name>WarehouseDialog</name>
    <message>
        <source>New warehouse</source>
        <translation>නව ගබඩාව</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>නම වෙනස් කරන්න</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>කේතය</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ලිපිනය</translation>
    </message>
</context>
<context>
    <name>WarehousesPage</name>
    <message>
        <source>Code</source>
        <translation>කේතය</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>පෙරනිමි</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>සක්‍රියයි</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ලිපිනය</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>අක්‍රිය ඒවා පෙන්වන්න</translation>
    </message>
    <message>
        <source>New warehouse…</source>
        <translation>නව ගබඩාව…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>නැවත නම් කරන්න…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>අක්‍රිය කරන්න</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>නැවත සක්‍රිය කරන්න</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>ගබඩා</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ඔව්</translation>
    </message>
    <message>
        <source>No</source>
        <translation>නැත</translation>
    </message>
    <message>
        <source>Choose a warehouse in the list first.</source>
        <translation>පළමුව ලැයිස්තුවෙන් ගබඩාවක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Warehouse {} created.</source>
        <translation>ගබඩාව {} සාදන ලදී.</translation>
    </message>
    <message>
        <source>Warehouse renamed.</source>
        <translation>ගබඩාව නැවත නම් කරන ලදී.</translation>
    </message>
    <message>
        <source>{} is now inactive.</source>
        <translation>{} දැන් අක්‍රියයි.</translation>
    </message>
    <message>
        <source>{} is active again.</source>
        <translation>{} නැවත සක්‍රියයි.</translation>
    </message>
</context>
<context>
    <name>XReportDialog</name>
    <message>
        <source>X report</source>
        <translation>X වාර්තාව</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>යාවත්කාලීන කරන්න</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>මුද්‍රණය කරන්න</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Keyboard shortcuts (this list)</source>
        <translation>යතුරුපුවරු කෙටිමං (මෙම ලැයිස්තුව)</translation>
    </message>
    <message>
        <source>Sell screen</source>
        <translation>විකිණීමේ තිරය</translation>
    </message>
    <message>
        <source>Held tickets (recall)</source>
        <translation>රඳවා තැබූ බිල් (නැවත ගැනීම)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>ආපසු භාරගැනීම්</translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation>අවසන් රිසිට්පත නැවත මුද්‍රණය කරන්න</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>මුදල් ඇතුළත් කිරීම</translation>
    </message>
    <message>
        <source>Cash out / payout</source>
        <translation>මුදල් ඉවත් කිරීම / පිටතට ගෙවීම</translation>
    </message>
    <message>
        <source>No sale (open the drawer)</source>
        <translation>විකුණුමක් නැත (ලාච්චුව විවෘත කරන්න)</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X වාර්තාව</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>මාරුව වසන්න</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>නික්මෙන්න</translation>
    </message>
    <message>
        <source>Sync with HQ now</source>
        <translation>දැන් HQ සමඟ සමමුහුර්ත කරන්න</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>කළමනාකරණ අංශය</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>භාණ්ඩ සොයන්න</translation>
    </message>
    <message>
        <source>Attach customer</source>
        <translation>පාරිභෝගිකයා එක් කරන්න</translation>
    </message>
    <message>
        <source>Hold ticket</source>
        <translation>බිල රඳවන්න</translation>
    </message>
    <message>
        <source>Change quantity</source>
        <translation>ප්‍රමාණය වෙනස් කරන්න</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>පේළි වට්ටම</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>කූපනය</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>පේළිය ඉවත් කරන්න</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>විකුණුම අවලංගු කරන්න</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>ගෙවන්න</translation>
    </message>
    <message>
        <source>Find a sale by receipt number</source>
        <translation>රිසිට්පත් අංකයෙන් විකුණුමක් සොයන්න</translation>
    </message>
    <message>
        <source>Refund the chosen items</source>
        <translation>තෝරාගත් භාණ්ඩ සඳහා ආපසු ගෙවන්න</translation>
    </message>
    <message>
        <source>Close the shift with this count</source>
        <translation>මෙම ගණනය සමඟ මාරුව වසන්න</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>ඕනෑම තැනක</translation>
    </message>
    <message>
        <source>On the sell screen</source>
        <translation>විකිණීමේ තිරයේ</translation>
    </message>
    <message>
        <source>On the returns screen</source>
        <translation>ආපසු භාරගැනීම් තිරයේ</translation>
    </message>
    <message>
        <source>On the shift close screen</source>
        <translation>මාරුව වැසීමේ තිරයේ</translation>
    </message>
</context>
</TS>
