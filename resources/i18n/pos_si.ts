<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="si_LK">
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
    <name>BackupController</name>
    <message>
        <source>The backup failed: {}</source>
        <translation>උපස්ථ කිරීම අසාර්ථකයි: {}</translation>
    </message>
    <message>
        <source>Backed up to {}</source>
        <translation>{} වෙත උපස්ථ කරන ලදී</translation>
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
        <source>Name</source>
        <translation>නම</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>දුරකථනය</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>ලෝයල්ටි කාඩ්පත</translation>
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
        <source>User</source>
        <translation>පරිශීලකයා</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>ඔබේ නම තෝරන්න</translation>
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
