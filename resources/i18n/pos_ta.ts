<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_LK">
<context>
    <name>AdminPages</name>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>சரி</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>மேலாளர் அங்கீகாரம்</translation>
    </message>
    <message>
        <source>manager&apos;s username</source>
        <translation>மேலாளரின் பயனர்பெயர்</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>மேலாளர்</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>அங்கீகரி</translation>
    </message>
    <message>
        <source>Enter the manager&apos;s username and PIN.</source>
        <translation>மேலாளரின் பயனர்பெயரையும் PIN இலக்கத்தையும் உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Approval failed: {}</source>
        <translation>அங்கீகாரம் தோல்வி: {}</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <source>Overview</source>
        <translation>மேலோட்டம்</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>பொருட்கள்</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>பொருள் பட்டியல்</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>பிரிவுகள்</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>விலை மாற்றங்கள்</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>இறக்குமதியும் ஏற்றுமதியும்</translation>
    </message>
    <message>
        <source>Barcode labels</source>
        <translation>பார்கோடு லேபிள்கள்</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>இருப்பு</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>சரக்கு</translation>
    </message>
    <message>
        <source>Stock take</source>
        <translation>இருப்புக் கணக்கெடுப்பு</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>களஞ்சியங்கள்</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>வாடிக்கையாளர்கள்</translation>
    </message>
    <message>
        <source>Loyalty settings</source>
        <translation>விசுவாச அமைப்புகள்</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>வெகுமதிகள்</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>பிரச்சாரங்கள்</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>கூப்பன்கள்</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>கொள்வனவுக் கட்டளைகள்</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>கொள்வனவு</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>வழங்குநர்கள்</translation>
    </message>
    <message>
        <source>Suggested orders</source>
        <translation>பரிந்துரைக்கப்பட்ட கட்டளைகள்</translation>
    </message>
    <message>
        <source>Delivery orders</source>
        <translation>விநியோகக் கட்டளைகள்</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>விநியோகம்</translation>
    </message>
    <message>
        <source>Couriers</source>
        <translation>கூரியர்கள்</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>பயனர்கள்</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>நிர்வாகம்</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>அனுமதிகள்</translation>
    </message>
    <message>
        <source>Store profile</source>
        <translation>கடை விவரம்</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>அமைப்புகள்</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>வரிகள்</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>நாணயங்கள்</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>செலுத்தல் முறைகள்</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>வன்பொருள்</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>அறிவிப்புகள்</translation>
    </message>
    <message>
        <source>Sales reports</source>
        <translation>விற்பனை அறிக்கைகள்</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>அறிக்கைகள்</translation>
    </message>
    <message>
        <source>Inventory valuation</source>
        <translation>சரக்கு இருப்பு மதிப்பீடு</translation>
    </message>
    <message>
        <source>Loyalty liability</source>
        <translation>விசுவாசப் புள்ளிப் பொறுப்பு</translation>
    </message>
    <message>
        <source>Shift history</source>
        <translation>ஷிப்ட் வரலாறு</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>தணிக்கைப் பதிவு</translation>
    </message>
    <message>
        <source>The back office is for managers and administrators.</source>
        <translation>பின் அலுவலகம் மேலாளர்களுக்கும் நிர்வாகிகளுக்கும் மட்டுமே.</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>பின் அலுவலகம்</translation>
    </message>
    <message>
        <source>Unexpected error: {}</source>
        <translation>எதிர்பாராத பிழை: {}</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>The backup failed: {}</source>
        <translation>காப்புப்பிரதி தோல்வியடைந்தது: {}</translation>
    </message>
    <message>
        <source>Backed up to {}</source>
        <translation>{} இல் காப்புப்பிரதி எடுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Backup saved: {} ({:.1f} MB).</source>
        <translation>காப்புப்பிரதி சேமிக்கப்பட்டது: {} ({:.1f} MB).</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>ஒரு காப்புப்பிரதி ஏற்கனவே இயங்குகிறது.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>இப்போது காப்புப்பிரதி எடு</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>No camera found for barcode scanning. Plug one in, or turn camera scanning off in the scanner settings.</source>
        <translation>பார்கோடு ஸ்கேன் செய்வதற்கு கமரா எதுவும் கிடைக்கவில்லை. ஒன்றை இணைக்கவும், அல்லது ஸ்கேனர் அமைப்புகளில் கமரா ஸ்கேனிங்கை முடக்கவும்.</translation>
    </message>
    <message>
        <source>Camera {} was not found.</source>
        <translation>கமரா {} கிடைக்கவில்லை.</translation>
    </message>
    <message>
        <source>The camera stopped: {}</source>
        <translation>கமரா நின்றுவிட்டது: {}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>அறியப்படாத பிழை</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>புதிய பிரச்சாரம்</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>பிரச்சாரத்தைத் திருத்து</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>குறைந்தபட்சம் இல்லை</translation>
    </message>
    <message>
        <source> days either side</source>
        <translation> நாட்கள் முன்னும் பின்னும்</translation>
    </message>
    <message>
        <source>Only between these dates</source>
        <translation>இந்தத் திகதிகளுக்கு இடையில் மட்டும்</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>மேலதிகப் புள்ளிகள்</translation>
    </message>
    <message>
        <source>Points multiplier</source>
        <translation>புள்ளிப் பெருக்கி</translation>
    </message>
    <message>
        <source>Minimum spend (LKR)</source>
        <translation>குறைந்தபட்சச் செலவு (LKR)</translation>
    </message>
    <message>
        <source>Birthday/anniversary window</source>
        <translation>பிறந்தநாள்/ஆண்டு நிறைவுக் காலம்</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>தரங்கள்</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>திகதிகள்</translation>
    </message>
    <message>
        <source>Purchase: every sale over the minimum. Birthday: sales within the window around the customer&apos;s birthday. Anniversary: around the day they became a customer. Referral: defined here, awarded once customers record who referred them (not yet available).</source>
        <translation>கொள்வனவு: குறைந்தபட்சத்துக்கு மேற்பட்ட ஒவ்வொரு விற்பனையும். பிறந்தநாள்: வாடிக்கையாளரின் பிறந்தநாளைச் சுற்றியுள்ள காலத்தினுள் நடக்கும் விற்பனைகள். ஆண்டு நிறைவு: அவர் வாடிக்கையாளரான நாளைச் சுற்றி. பரிந்துரை: இங்கே வரையறுக்கப்படும், தம்மைப் பரிந்துரைத்தவரை வாடிக்கையாளர்கள் பதிவுசெய்தவுடன் வழங்கப்படும் (இன்னும் கிடைக்கவில்லை).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>The multiplier is not a number.</source>
        <translation>பெருக்கி ஓர் எண் அல்ல.</translation>
    </message>
    <message>
        <source>The minimum spend is not an amount.</source>
        <translation>குறைந்தபட்சச் செலவு சரியான தொகை அல்ல.</translation>
    </message>
    <message>
        <source>Choose at least one tier.</source>
        <translation>குறைந்தது ஒரு தரத்தைத் தெரிவுசெய்யவும்.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaign</source>
        <translation>பிரச்சாரம்</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>போனஸ்</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>பெருக்கி</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>குறைந்தபட்சச் செலவு</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>தரங்கள்</translation>
    </message>
    <message>
        <source>From</source>
        <translation>முதல்</translation>
    </message>
    <message>
        <source>To</source>
        <translation>வரை</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>பிரச்சாரங்கள்</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>புதிய பிரச்சாரம்…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>திருத்து…</translation>
    </message>
    <message>
        <source>Switch on/off</source>
        <translation>இயக்கு/முடக்கு</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ஆம்</translation>
    </message>
    <message>
        <source>No</source>
        <translation>இல்லை</translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation>முதலில் ஒரு பிரச்சாரத்தைத் தெரிவுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>சேமிக்கப்பட்டது.</translation>
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
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>விலை</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>தள்ளுபடி</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>மொத்தம்</translation>
    </message>
</context>
<context>
    <name>CashDialog</name>
    <message>
        <source>Cash in</source>
        <translation>பணம் உள்ளிடல்</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>பணம் வெளியெடுப்பு</translation>
    </message>
    <message>
        <source>No sale: open the drawer</source>
        <translation>விற்பனை இல்லை: இழுப்பறையைத் திற</translation>
    </message>
    <message>
        <source>Payout (paid to someone, e.g. a supplier)</source>
        <translation>கொடுப்பனவு (ஒருவருக்குச் செலுத்தியது, எ.கா. விநியோகத்தருக்கு)</translation>
    </message>
    <message>
        <source>why the drawer is opened (optional)</source>
        <translation>இழுப்பறை திறக்கப்படும் காரணம் (விரும்பினால்)</translation>
    </message>
    <message>
        <source>Opens the cash drawer without a sale. It is recorded.</source>
        <translation>விற்பனையின்றி பண இழுப்பறையைத் திறக்கும். இது பதிவுசெய்யப்படும்.</translation>
    </message>
    <message>
        <source>e.g. change from the safe</source>
        <translation>எ.கா. பெட்டகத்திலிருந்து சில்லறை</translation>
    </message>
    <message>
        <source>e.g. drop to the safe</source>
        <translation>எ.கா. பெட்டகத்தில் வைப்பு</translation>
    </message>
    <message>
        <source>Amount ({})</source>
        <translation>தொகை ({})</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>காரணம்</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>இழுப்பறையைத் திற</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>பதிவுசெய்</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>தொகையை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Enter a reason.</source>
        <translation>காரணத்தை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>No sale recorded; opening the drawer.</source>
        <translation>விற்பனை இல்லை எனப் பதிவுசெய்யப்பட்டது; இழுப்பறை திறக்கப்படுகிறது.</translation>
    </message>
    <message>
        <source>{} recorded: {}</source>
        <translation>{} பதிவுசெய்யப்பட்டது: {}</translation>
    </message>
</context>
<context>
    <name>CatalogData</name>
    <message>
        <source>New</source>
        <translation>புதியது</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>மாற்றப்பட்டது</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>மாற்றமில்லை</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>பிழை</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>எந்த நிலையும்</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>செயலற்றது</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>வரைவு</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>வரவிருப்பது</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>நடைமுறையில்</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>மாற்றீடு செய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Past and cancelled</source>
        <translation>முடிந்தவையும் ரத்துசெய்யப்பட்டவையும்</translation>
    </message>
    <message>
        <source>All</source>
        <translation>அனைத்தும்</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Category</source>
        <translation>பிரிவு</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>பொருட்கள்</translation>
    </message>
    <message>
        <source>With sub-categories</source>
        <translation>உப பிரிவுகளுடன்</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>சேர்…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>பெயர்மாற்று…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>நகர்த்து…</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>செயலிழக்கச் செய் / மீண்டும் செயல்படுத்து</translation>
    </message>
    <message>
        <source>{} (inactive)</source>
        <translation>{} (செயலற்றது)</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>புதிய பிரிவு</translation>
    </message>
    <message>
        <source>Name (inside the selected one)</source>
        <translation>பெயர் (தெரிவுசெய்ததன் உள்ளே)</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>பிரிவின் பெயரை மாற்று</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(மேல் மட்டம்)</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>பிரிவை நகர்த்து</translation>
    </message>
    <message>
        <source>New parent</source>
        <translation>புதிய தாய்ப் பிரிவு</translation>
    </message>
    <message>
        <source>Deactivate category</source>
        <translation>பிரிவைச் செயலிழக்கச் செய்</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) use it. Move them to:</source>
        <translation>
            <numerusform>%n பொருள் இதைப் பயன்படுத்துகிறது. அதை நகர்த்த வேண்டிய இடம்:</numerusform>
            <numerusform>%n பொருட்கள் இதைப் பயன்படுத்துகின்றன. அவற்றை நகர்த்த வேண்டிய இடம்:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CouponDialog</name>
    <message>
        <source>New coupon</source>
        <translation>புதிய கூப்பன்</translation>
    </message>
    <message>
        <source>Percent, or LKR for a fixed amount</source>
        <translation>சதவீதம், அல்லது நிலையான தொகைக்கு LKR</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>குறைந்தபட்சம் இல்லை</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>உச்சவரம்பு இல்லை</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>வரம்பற்றது</translation>
    </message>
    <message>
        <source>Only between these dates</source>
        <translation>இந்தத் திகதிகளுக்கு இடையில் மட்டும்</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>குறியீடு</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>பெறுமதி</translation>
    </message>
    <message>
        <source>Minimum spend (LKR)</source>
        <translation>குறைந்தபட்சச் செலவு (LKR)</translation>
    </message>
    <message>
        <source>Largest discount (LKR)</source>
        <translation>அதிகபட்சத் தள்ளுபடி (LKR)</translation>
    </message>
    <message>
        <source>Uses in total</source>
        <translation>மொத்தப் பயன்பாடுகள்</translation>
    </message>
    <message>
        <source>Uses per customer</source>
        <translation>ஒரு வாடிக்கையாளருக்கான பயன்பாடுகள்</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>செல்லுபடிக் காலம்</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>உருவாக்கு</translation>
    </message>
    <message>
        <source>{} is not an amount.</source>
        <translation>{} சரியான தொகை அல்ல.</translation>
    </message>
    <message>
        <source>The percentage is not a number.</source>
        <translation>சதவீதம் ஒரு எண் அல்ல.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>பெறுமதி</translation>
    </message>
    <message>
        <source>The minimum spend</source>
        <translation>குறைந்தபட்சச் செலவு</translation>
    </message>
    <message>
        <source>The largest discount</source>
        <translation>அதிகபட்சத் தள்ளுபடி</translation>
    </message>
</context>
<context>
    <name>CouponsPage</name>
    <message>
        <source>Code</source>
        <translation>குறியீடு</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>பெறுமதி</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>செல்லுபடிக் காலம்</translation>
    </message>
    <message>
        <source>Uses (dates)</source>
        <translation>பயன்பாடுகள் (திகதிகளில்)</translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation>வழங்கிய தள்ளுபடி</translation>
    </message>
    <message>
        <source>Counted by HQ</source>
        <translation>HQ கணக்கிட்டது</translation>
    </message>
    <message>
        <source>Not yet at HQ</source>
        <translation>இன்னும் HQ இல் இல்லை</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>வரம்பு</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>திகதி</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>பயன்பாடுகள்</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>தள்ளுபடி</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>காசாளர்</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>நாள் வாரியாக</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>காசாளர் வாரியாக</translation>
    </message>
    <message>
        <source>Reason for switching off</source>
        <translation>முடக்குவதற்கான காரணம்</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>கூப்பன்கள்</translation>
    </message>
    <message>
        <source>Uses from</source>
        <translation>பயன்பாட்டுக் காலம்</translation>
    </message>
    <message>
        <source>to</source>
        <translation>முதல்</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV ஆக ஏற்றுமதி செய்…</translation>
    </message>
    <message>
        <source>New coupon…</source>
        <translation>புதிய கூப்பன்…</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>முடக்கு</translation>
    </message>
    <message>
        <source>from {}</source>
        <translation>{} முதல்</translation>
    </message>
    <message>
        <source>until {}</source>
        <translation>{} வரை</translation>
    </message>
    <message>
        <source>{} (at {})</source>
        <translation>{} ({} நிலவரப்படி)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ஆம்</translation>
    </message>
    <message>
        <source>No</source>
        <translation>இல்லை</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s), {} discount given</source>
        <translation>
            <numerusform>%n பயன்பாடு, வழங்கிய தள்ளுபடி {}</numerusform>
            <numerusform>%n பயன்பாடுகள், வழங்கிய தள்ளுபடி {}</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a coupon first.</source>
        <translation>முதலில் ஒரு கூப்பனைத் தெரிவுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Coupon {} switched off.</source>
        <translation>கூப்பன் {} முடக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Export coupon usage</source>
        <translation>கூப்பன் பயன்பாட்டை ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <source>Saved {}.</source>
        <translation>{} இல் சேமிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>CouriersPage</name>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>வாகனம்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Show inactive couriers</source>
        <translation>செயலற்ற கூரியர்களைக் காட்டு</translation>
    </message>
    <message>
        <source>Active (can be assigned)</source>
        <translation>செயலில் (ஒதுக்கலாம்)</translation>
    </message>
    <message>
        <source>New courier</source>
        <translation>புதிய கூரியர்</translation>
    </message>
    <message>
        <source>Save courier</source>
        <translation>கூரியரைச் சேமி</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Couriers</source>
        <translation>கூரியர்கள்</translation>
    </message>
    <message>
        <source>{} (inactive)</source>
        <translation>{} (செயலற்றது)</translation>
    </message>
    <message>
        <source>Saved {}</source>
        <translation>{} சேமிக்கப்பட்டது</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <source>Something went wrong, but the sale data is safe: completed sales are saved.

You can carry on. If it happens again, tell your manager.

A report was saved to:
{}</source>
        <translation>ஏதோ தவறு நடந்துவிட்டது, ஆனால் விற்பனைத் தரவு பாதுகாப்பாக உள்ளது: முடிக்கப்பட்ட விற்பனைகள் சேமிக்கப்பட்டுள்ளன.

நீங்கள் தொடர்ந்து பணியாற்றலாம். இது மீண்டும் நடந்தால், உங்கள் மேலாளரிடம் தெரிவிக்கவும்.

அறிக்கை சேமிக்கப்பட்ட இடம்:
{}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>ஏதோ தவறு நடந்துவிட்டது</translation>
    </message>
</context>
<context>
    <name>CurrenciesPage</name>
    <message>
        <source>Date</source>
        <translation>திகதி</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>நாணயம்</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>வீதம்</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>அர்த்தம்</translation>
    </message>
    <message>
        <source>Rate (store currency for 1 unit)</source>
        <translation>வீதம் (1 அலகுக்குக் கடையின் நாணயத்தில்)</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>வீதத்தைச் சேமி</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>தெரிவுசெய்ததை நீக்கு</translation>
    </message>
    <message>
        <source>Store currency: {}</source>
        <translation>கடையின் நாணயம்: {}</translation>
    </message>
    <message>
        <source>Saved: 1 {} = {} {}</source>
        <translation>சேமிக்கப்பட்டது: 1 {} = {} {}</translation>
    </message>
    <message>
        <source>Rate deleted.</source>
        <translation>வீதம் நீக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Phone, name or loyalty card</source>
        <translation>தொலைபேசி, பெயர் அல்லது விசுவாச அட்டை</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>இணை</translation>
    </message>
    <message>
        <source>Create and attach</source>
        <translation>உருவாக்கி இணை</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>விவரம்</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>திகதி</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>ரசீது</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Of receipt</source>
        <translation>அசல் ரசீது</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>மொத்தம்</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>பெற்ற புள்ளிகள்</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>பயன்படுத்திய புள்ளிகள்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>கொள்வனவுகள்</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>புள்ளிகள்</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>விசுவாச அட்டை</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>பிறந்தநாள்</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>குறிப்புகள்</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>வாடிக்கையாளரான திகதி</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>விவரத்தைச் சேமி</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>பின்னர் மீதி</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>காரணம்</translation>
    </message>
    <message>
        <source>By</source>
        <translation>செய்தவர்</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>காலாவதியாகும்</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>காரணம் (கட்டாயம்)</translation>
    </message>
    <message>
        <source>Allow the balance to go below zero</source>
        <translation>மீதி பூச்சியத்துக்குக் கீழ் செல்ல அனுமதி</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>புள்ளிகளைச் சீராக்கு</translation>
    </message>
    <message>
        <source>Add (+) or remove (−) points</source>
        <translation>புள்ளிகளைச் சேர் (+) அல்லது நீக்கு (−)</translation>
    </message>
    <message>
        <source>Tier: {}</source>
        <translation>தரம்: {}</translation>
    </message>
    <message>
        <source>Points: {}</source>
        <translation>புள்ளிகள்: {}</translation>
    </message>
    <message>
        <source>worth {}</source>
        <translation>பெறுமதி {}</translation>
    </message>
    <message>
        <source>lifetime earned {}</source>
        <translation>மொத்தமாகப் பெற்றது {}</translation>
    </message>
    <message>
        <source>{} more to {}</source>
        <translation>இன்னும் {} புள்ளிகளில் {}</translation>
    </message>
    <message>
        <source>next expiry {}</source>
        <translation>அடுத்த காலாவதி {}</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) merged into this one</source>
        <translation>
            <numerusform>%n வாடிக்கையாளர் இவருடன் ஒன்றிணைக்கப்பட்டார்</numerusform>
            <numerusform>%n வாடிக்கையாளர்கள் இவருடன் ஒன்றிணைக்கப்பட்டனர்</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the birthday as YYYY-MM-DD.</source>
        <translation>பிறந்தநாளை YYYY-MM-DD வடிவில் எழுதவும்.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>சேமிக்க எதுவும் இல்லை.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>விவரம் சேமிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Points adjusted; the balance is {}.</source>
        <translation>புள்ளிகள் சீராக்கப்பட்டன; மீதி {}.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>புதிய வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>No customer found. Create one below.</source>
        <translation>வாடிக்கையாளர் எவரும் கிடைக்கவில்லை. கீழே புதியவரை உருவாக்கவும்.</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>வாடிக்கையாளர் திரை</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>நல்வரவு</translation>
    </message>
    <message>
        <source>Total {}</source>
        <translation>மொத்தம் {}</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>நன்றி!</translation>
    </message>
    <message>
        <source>Paid {}</source>
        <translation>செலுத்தியது {}</translation>
    </message>
    <message>
        <source>Your change {}</source>
        <translation>உங்கள் மீதி {}</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search by name, phone, card or e-mail</source>
        <translation>பெயர், தொலைபேசி, அட்டை அல்லது மின்னஞ்சல் மூலம் தேடுக</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>அட்டை</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>தரம்</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>புள்ளிகள்</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>மொத்தச் செலவு</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>திற</translation>
    </message>
    <message>
        <source>Merge selected…</source>
        <translation>தெரிவுசெய்தவற்றை ஒன்றிணை…</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>மேலும் ஏற்று</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>வாடிக்கையாளர்கள்</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>%n வாடிக்கையாளர் காட்டப்படுகிறார்</numerusform>
            <numerusform>%n வாடிக்கையாளர்கள் காட்டப்படுகின்றனர்</numerusform>
        </translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (மேலும் பார்க்க உருட்டவும்)</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>முதலில் ஒரு வாடிக்கையாளரைத் தெரிவுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Select two or more customers (Ctrl+click) who are the same person.</source>
        <translation>ஒரே நபரான இரண்டு அல்லது அதற்கு மேற்பட்ட வாடிக்கையாளர்களைத் தெரிவுசெய்யவும் (Ctrl+click).</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Pending</source>
        <translation>நிலுவையில்</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>உறுதிப்படுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>செயலாக்கத்தில்</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>பொதியிடப்பட்டது</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>விநியோகத்துக்குச் சென்றுள்ளது</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>விநியோகிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>உறுதிப்படுத்து</translation>
    </message>
    <message>
        <source>Start processing</source>
        <translation>செயலாக்கத்தைத் தொடங்கு</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>கட்டளையை ரத்துசெய்</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>ஒதுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Accepted by courier</source>
        <translation>கூரியர் ஏற்றுக்கொண்டது</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>அனுப்பப்பட்டது</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>திருப்பி அனுப்பப்பட்டது</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>கிடைக்கிறார்</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>வேலையில்</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>இணைப்பில்லை</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>விநியோகத்தின்போது பணம்</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>வங்கிப் பரிமாற்றம்</translation>
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
        <translation>அட்டை</translation>
    </message>
    <message>
        <source>Cash at the counter</source>
        <translation>கவுண்டரில் பணம்</translation>
    </message>
</context>
<context>
    <name>DeliveryOrdersPage</name>
    <message>
        <source>All orders</source>
        <translation>எல்லா ஓடர்களும்</translation>
    </message>
    <message>
        <source>Order number, phone or tracking number</source>
        <translation>ஓடர் இலக்கம், தொலைபேசி அல்லது கண்காணிப்பு இலக்கம்</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>புதிய ஓடர்…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ஓடர்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>City</source>
        <translation>நகரம்</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>மொத்தம்</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>கண்காணிப்பு</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>பெற்ற நேரம்</translation>
    </message>
    <message>
        <source>Delivery orders</source>
        <translation>விநியோக ஓடர்கள்</translation>
    </message>
    <message>
        <source>All orders ({})</source>
        <translation>எல்லா ஓடர்களும் ({})</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n ஓடர்</numerusform>
            <numerusform>%n ஓடர்கள்</numerusform>
        </translation>
    </message>
    <message>
        <source>Order {number} taken: {total}, collect {cod}.</source>
        <translation>ஓடர் {number} ஏற்கப்பட்டது: {total}, வசூலிக்க வேண்டியது {cod}.</translation>
    </message>
</context>
<context>
    <name>DenominationCount</name>
    <message>
        <source>Notes</source>
        <translation>நாணயத்தாள்கள்</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>நாணயக்குற்றிகள்</translation>
    </message>
    <message>
        <source>Counted: {}</source>
        <translation>எண்ணியது: {}</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enter HQ&apos;s address, for example https://hq.example.com.</source>
        <translation>HQ இன் முகவரியை உள்ளிடவும், உதாரணமாக https://hq.example.com.</translation>
    </message>
    <message>
        <source>“{}” is not an HQ address: it starts with https:// (or http://) and names the server, for example https://hq.example.com or http://192.168.1.10:8000.</source>
        <translation>“{}” ஒரு HQ முகவரி அல்ல: அது https:// (அல்லது http://) என்று தொடங்கி சேவையகத்தின் பெயரைக் கொண்டிருக்கும், உதாரணமாக https://hq.example.com அல்லது http://192.168.1.10:8000.</translation>
    </message>
    <message>
        <source>HQ at {} cannot be reached ({}). Check the address, the network cable or Wi-Fi, and that the HQ server is running.</source>
        <translation>{} இல் உள்ள HQ ஐ அணுக முடியவில்லை ({}). முகவரி, வலையமைப்புக் கேபிள் அல்லது Wi-Fi, மற்றும் HQ சேவையகம் இயங்குகிறதா என்பதைச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>Enrollment failed: {}</source>
        <translation>பதிவு தோல்வியடைந்தது: {}</translation>
    </message>
    <message>
        <source>Enroll this terminal with HQ</source>
        <translation>இந்த முனையத்தை HQ இல் பதிவுசெய்</translation>
    </message>
    <message>
        <source>This terminal is not set up yet. Enter HQ&apos;s address and the enrollment code a manager created for this store (pos-hq enroll-code). The code works once.</source>
        <translation>இந்த முனையம் இன்னும் அமைக்கப்படவில்லை. HQ இன் முகவரியையும், இந்தக் கடைக்காக மேலாளர் உருவாக்கிய பதிவுக் குறியீட்டையும் (pos-hq enroll-code) உள்ளிடவும். இக்குறியீடு ஒருமுறை மட்டுமே செயல்படும்.</translation>
    </message>
    <message>
        <source>Data folder: {}</source>
        <translation>தரவுக் கோப்புறை: {}</translation>
    </message>
    <message>
        <source>https://hq.example.com</source>
        <translation>https://hq.example.com</translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation>ஒருமுறைக் குறியீடு</translation>
    </message>
    <message>
        <source>e.g. Till 1</source>
        <translation>எ.கா. கவுண்டர் 1</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>HQ முகவரி</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>பதிவுக் குறியீடு</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>சாதனப் பெயர்</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>பதிவுசெய்</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <source>Enter the enrollment code HQ gave for this terminal.</source>
        <translation>இந்த முனையத்துக்கு HQ வழங்கிய பதிவுக் குறியீட்டை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Give this terminal a name, for example Till 1.</source>
        <translation>இந்த முனையத்துக்கு ஒரு பெயர் இடவும், உதாரணமாக கவுண்டர் 1.</translation>
    </message>
    <message>
        <source>Contacting HQ…</source>
        <translation>HQ உடன் தொடர்புகொள்கிறது…</translation>
    </message>
    <message>
        <source>Enrolled as device {} of store {}.</source>
        <translation>சாதனம் {} ஆக, கடை {} இல் பதிவுசெய்யப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>Serial scanner: {}</source>
        <translation>சீரியல் ஸ்கேனர்: {}</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Failed: {0}</source>
        <translation>தோல்வி: {0}</translation>
    </message>
    <message>
        <source>Still waiting in the print queue.</source>
        <translation>இன்னும் அச்சு வரிசையில் காத்திருக்கிறது.</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>ரசீது அச்சுப்பொறி</translation>
    </message>
    <message>
        <source>Printer settings…</source>
        <translation>அச்சுப்பொறி அமைப்புகள்…</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>சோதனைப் பக்கத்தை அச்சிடு</translation>
    </message>
    <message>
        <source>Test page printed.</source>
        <translation>சோதனைப் பக்கம் அச்சிடப்பட்டது.</translation>
    </message>
    <message>
        <source>Sending a test page…</source>
        <translation>சோதனைப் பக்கம் அனுப்பப்படுகிறது…</translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation>பார்கோடு ஸ்கேனர்</translation>
    </message>
    <message>
        <source>none (e.g. /dev/ttyACM0 or COM3)</source>
        <translation>இல்லை (எ.கா. /dev/ttyACM0 அல்லது COM3)</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>கமரா மூலம் ஸ்கேன் செய்</translation>
    </message>
    <message>
        <source>Wedge prefix</source>
        <translation>விசைப்பலகை ஸ்கேனர் முன்னொட்டு</translation>
    </message>
    <message>
        <source>Wedge ends with</source>
        <translation>விசைப்பலகை ஸ்கேனர் முடிவு</translation>
    </message>
    <message>
        <source>Longest gap between keys</source>
        <translation>விசைகளுக்கிடையிலான அதிகபட்ச இடைவெளி</translation>
    </message>
    <message>
        <source>Shortest code</source>
        <translation>மிகக் குறுகிய குறியீடு</translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation>சீரியல் ஸ்கேனர் போர்ட்</translation>
    </message>
    <message>
        <source>Serial speed</source>
        <translation>சீரியல் வேகம்</translation>
    </message>
    <message>
        <source>Save scanner</source>
        <translation>ஸ்கேனரைச் சேமி</translation>
    </message>
    <message>
        <source>Test scanner</source>
        <translation>ஸ்கேனரைச் சோதி</translation>
    </message>
    <message>
        <source>Saved. Serial and camera changes apply at the next start.</source>
        <translation>சேமிக்கப்பட்டது. சீரியல், கமரா மாற்றங்கள் அடுத்த முறை தொடங்கும்போது செயல்படும்.</translation>
    </message>
    <message>
        <source>Stop test</source>
        <translation>சோதனையை நிறுத்து</translation>
    </message>
    <message>
        <source>Scan a barcode now…</source>
        <translation>இப்போது ஒரு பார்கோடை ஸ்கேன் செய்யவும்…</translation>
    </message>
    <message>
        <source>Scanned: {0} ({1} characters)</source>
        <translation>ஸ்கேன் செய்தது: {0} ({1} எழுத்துகள்)</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>பண இழுப்பறை</translation>
    </message>
    <message>
        <source>Pin 2 (most drawers)</source>
        <translation>Pin 2 (பெரும்பாலான இழுப்பறைகள்)</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>Pin 5</translation>
    </message>
    <message>
        <source>Connector pin</source>
        <translation>இணைப்பு பின்</translation>
    </message>
    <message>
        <source>Pulse length</source>
        <translation>துடிப்பு நீளம்</translation>
    </message>
    <message>
        <source>Save drawer</source>
        <translation>இழுப்பறையைச் சேமி</translation>
    </message>
    <message>
        <source>Test drawer</source>
        <translation>இழுப்பறையைச் சோதி</translation>
    </message>
    <message>
        <source>The drawer was sent its kick.</source>
        <translation>இழுப்பறையைத் திறக்கும் சமிக்ஞை அனுப்பப்பட்டது.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>சேமிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation>இழுப்பறை திறக்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>Printer: {0}</source>
        <translation>அச்சுப்பொறி: {0}</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <source>Held tickets</source>
        <translation>நிறுத்திவைத்த பில்கள்</translation>
    </message>
    <message>
        <source>No tickets are held on this till.</source>
        <translation>இந்தக் கவுண்டரில் நிறுத்திவைத்த பில்கள் எதுவும் இல்லை.</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>மீட்டெடு</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>நீக்கு…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n உருப்படி</numerusform>
            <numerusform>%n உருப்படிகள்</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Choose file…</source>
        <translation>கோப்பைத் தெரிவுசெய்…</translation>
    </message>
    <message>
        <source>No file chosen (CSV or Excel .xlsx)</source>
        <translation>கோப்பு எதுவும் தெரிவுசெய்யப்படவில்லை (CSV அல்லது Excel .xlsx)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>வரிசை</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>செயல்</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>விவரங்கள்</translation>
    </message>
    <message>
        <source>Skip rows with errors</source>
        <translation>பிழையுள்ள வரிசைகளைத் தவிர்</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>செயல்படுத்து</translation>
    </message>
    <message>
        <source>Export only products matching…</source>
        <translation>பொருந்தும் பொருட்களை மட்டும் ஏற்றுமதி செய்…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV ஆக ஏற்றுமதி செய்…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Excel ஆக ஏற்றுமதி செய்…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>ஏற்றுமதி:</translation>
    </message>
    <message>
        <source>Import and export products</source>
        <translation>பொருட்களை இறக்குமதி, ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <source>Choose a products file</source>
        <translation>பொருட்கள் கோப்பைத் தெரிவுசெய்யவும்</translation>
    </message>
    <message>
        <source>Products (*.csv *.xlsx);;All files (*)</source>
        <translation>பொருட்கள் (*.csv *.xlsx);;எல்லாக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>கோப்பு வாசிக்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>changes: {}</source>
        <translation>மாற்றங்கள்: {}</translation>
    </message>
    <message>
        <source>The file cannot be imported: see the problems above.</source>
        <translation>கோப்பை இறக்குமதி செய்ய முடியாது: மேலே உள்ள பிரச்சினைகளைப் பார்க்கவும்.</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {same} unchanged, {bad} with errors</source>
        <translation>{new} புதியவை, {changed} மாற்றப்பட்டவை, {same} மாற்றமில்லாதவை, {bad} பிழையுள்ளவை</translation>
    </message>
    <message>
        <source>Imported: {created} created, {updated} updated, {same} unchanged, {skipped} skipped</source>
        <translation>இறக்குமதி செய்யப்பட்டது: {created} உருவாக்கப்பட்டன, {updated} புதுப்பிக்கப்பட்டன, {same} மாற்றமில்லை, {skipped} தவிர்க்கப்பட்டன</translation>
    </message>
    <message>
        <source>Nothing was imported: {}</source>
        <translation>எதுவும் இறக்குமதி செய்யப்படவில்லை: {}</translation>
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
        <translation>பொருட்களை ஏற்றுமதி செய்</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to {}</source>
        <translation>
            <numerusform>%n பொருள் {} இற்கு ஏற்றுமதி செய்யப்பட்டது</numerusform>
            <numerusform>%n பொருட்கள் {} இற்கு ஏற்றுமதி செய்யப்பட்டன</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboundTransfersDialog</name>
    <message>
        <source>Transfers on their way here</source>
        <translation>இங்கு வந்துகொண்டிருக்கும் இடமாற்றங்கள்</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>அனுப்பிய நேரம்</translation>
    </message>
    <message>
        <source>From</source>
        <translation>அனுப்பிய இடம்</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>All that was sent</source>
        <translation>அனுப்பிய அனைத்தும்</translation>
    </message>
    <message>
        <source>Into warehouse</source>
        <translation>பெறும் களஞ்சியம்</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>பெற்ற அளவு</translation>
    </message>
    <message>
        <source>Confirm received</source>
        <translation>பெற்றதை உறுதிப்படுத்து</translation>
    </message>
    <message>
        <source>Nothing is on its way to this store.</source>
        <translation>இந்தக் கடைக்கு எதுவும் வந்துகொண்டிருக்கவில்லை.</translation>
    </message>
    <message>
        <source>Choose a transfer in the list first.</source>
        <translation>முதலில் பட்டியலில் ஒரு இடமாற்றத்தைத் தெரிவுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Received.</source>
        <translation>பெறப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>OK</source>
        <translation>சரி</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>குறைவு</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>எதிர்மறை</translation>
    </message>
    <message>
        <source>Over max</source>
        <translation>அதிகபட்சத்தை மீறியது</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>விற்பனை</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>திருப்பல்</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>பெறப்பட்டது</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>கொள்வனவுக் கட்டளை</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>ஆரம்ப இருப்பு</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>இருப்பிலிருந்து நீக்கம்</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>சேதமடைந்தது</translation>
    </message>
    <message>
        <source>Stock take</source>
        <translation>இருப்புக் கணக்கெடுப்பு</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>சீராக்கல்</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>உள்வரும் இடமாற்றம்</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>வெளிச்செல்லும் இடமாற்றம்</translation>
    </message>
    <message>
        <source>Returned to supplier</source>
        <translation>வழங்குநருக்குத் திருப்பியது</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>காலாவதியானது</translation>
    </message>
    <message>
        <source>Theft or loss</source>
        <translation>திருட்டு அல்லது இழப்பு</translation>
    </message>
    <message>
        <source>Sample or tasting</source>
        <translation>மாதிரி அல்லது சுவைபார்ப்பு</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>கண்டெடுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>திருத்தம்</translation>
    </message>
    <message>
        <source>Other (say why)</source>
        <translation>வேறு (காரணம் கூறவும்)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>திறந்துள்ளது</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ரத்துசெய்யப்பட்டது</translation>
    </message>
</context>
<context>
    <name>KioskGuard</name>
    <message>
        <source>A manager must approve closing the till.</source>
        <translation>கவுண்டரை மூடுவதற்கு மேலாளர் அங்கீகரிக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>A manager must approve leaving kiosk mode.</source>
        <translation>கியோஸ்க் பயன்முறையிலிருந்து வெளியேற மேலாளர் அங்கீகரிக்க வேண்டும்.</translation>
    </message>
</context>
<context>
    <name>LabelsPage</name>
    <message>
        <source>Product name, SKU or barcode</source>
        <translation>பொருளின் பெயர், SKU அல்லது பார்கோடு</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>சேர்</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>விலை</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>லேபல்கள்</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>நீக்கு</translation>
    </message>
    <message>
        <source>A4, {cols} x {rows} ({n} a page)</source>
        <translation>A4, {cols} x {rows} (ஒரு பக்கத்துக்கு {n})</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF ஆகச் சேமி…</translation>
    </message>
    <message>
        <source>Print on the receipt printer</source>
        <translation>ரசீது அச்சுப்பொறியில் அச்சிடு</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>தாள்:</translation>
    </message>
    <message>
        <source>Barcode labels</source>
        <translation>பார்கோடு லேபல்கள்</translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>லேபல்களைச் சேமி</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {labels} labels on {pages} page(s) to {path}</source>
        <translation>{labels} லேபல்கள் {pages} பக்கத்தில்/பக்கங்களில் {path} இல் சேமிக்கப்பட்டன</translation>
    </message>
    <message>
        <source>The labels are queued for the receipt printer.</source>
        <translation>லேபல்கள் ரசீது அச்சுப்பொறிக்கான வரிசையில் சேர்க்கப்பட்டன.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>இந்த முனையம்</translation>
    </message>
    <message>
        <source>Language of the sign-in screen</source>
        <translation>உள்நுழைவுத் திரையின் மொழி</translation>
    </message>
    <message>
        <source>You</source>
        <translation>நீங்கள்</translation>
    </message>
    <message>
        <source>Your language</source>
        <translation>உங்கள் மொழி</translation>
    </message>
    <message>
        <source>Saved: the sign-in screen uses it from the next start.</source>
        <translation>சேமிக்கப்பட்டது: அடுத்த முறை தொடங்கும்போது உள்நுழைவுத் திரை இதைப் பயன்படுத்தும்.</translation>
    </message>
    <message>
        <source>Saved: used from your next sign-in.</source>
        <translation>சேமிக்கப்பட்டது: உங்கள் அடுத்த உள்நுழைவிலிருந்து பயன்படுத்தப்படும்.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Point of sale cannot start</source>
        <translation>விற்பனை முனையத்தைத் தொடங்க முடியவில்லை</translation>
    </message>
</context>
<context>
    <name>LineEditing</name>
    <message>
        <source>There is no line to change: scan an item first.</source>
        <translation>மாற்றுவதற்கு உருப்படி எதுவும் இல்லை: முதலில் ஒரு பொருளை ஸ்கேன் செய்யவும்.</translation>
    </message>
    <message>
        <source>Weigh {}: type the weight in kg and press Enter.</source>
        <translation>{} ஐ நிறுக்கவும்: எடையை kg இல் தட்டச்சு செய்து Enter அழுத்தவும்.</translation>
    </message>
    <message>
        <source>A discount of {percent}% is above {name}&apos;s limit of {limit}%.</source>
        <translation>{percent}% தள்ளுபடி, {name} இன் வரம்பான {limit}% ஐ விட அதிகம்.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>உள்நுழை</translation>
    </message>
    <message>
        <source>username</source>
        <translation>பயனர்பெயர்</translation>
    </message>
    <message>
        <source>Use my password instead of the PIN</source>
        <translation>PIN இலக்கத்துக்குப் பதிலாக என் கடவுச்சொல்லைப் பயன்படுத்து</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>பின்செல்</translation>
    </message>
    <message>
        <source>User</source>
        <translation>பயனர்</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>உங்கள் பெயரைத் தெரிவுசெய்யவும்</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>இரு-காரணிக் குறியீடு</translation>
    </message>
    <message>
        <source>6-digit code or a backup code</source>
        <translation>6-இலக்கக் குறியீடு அல்லது மாற்றுக் குறியீடு</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <source>password</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Choose your name or type your username.</source>
        <translation>உங்கள் பெயரைத் தெரிவுசெய்யவும் அல்லது பயனர்பெயரைத் தட்டச்சு செய்யவும்.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>உங்கள் கடவுச்சொல்லை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>உங்கள் PIN இலக்கத்தை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Two-factor sign-in was not set up, so you are not signed in.</source>
        <translation>இரு-காரணி உள்நுழைவு அமைக்கப்படவில்லை, எனவே நீங்கள் உள்நுழையவில்லை.</translation>
    </message>
    <message>
        <source>Signing in failed: {}</source>
        <translation>உள்நுழைவு தோல்வி: {}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>சரிபார்க்கிறது…</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong attempts. Try again in 1 minute, or ask a manager to unlock it.</source>
        <translation>பல தவறான முயற்சிகளால் இக்கணக்கு பூட்டப்பட்டுள்ளது. 1 நிமிடத்தில் மீண்டும் முயலவும், அல்லது பூட்டைத் திறக்க மேலாளரிடம் கேட்கவும்.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong attempts. Try again in %n minutes, or ask a manager to unlock it.</source>
        <translation>
            <numerusform>பல தவறான முயற்சிகளால் இக்கணக்கு பூட்டப்பட்டுள்ளது. %n நிமிடத்தில் மீண்டும் முயலவும், அல்லது பூட்டைத் திறக்க மேலாளரிடம் கேட்கவும்.</numerusform>
            <numerusform>பல தவறான முயற்சிகளால் இக்கணக்கு பூட்டப்பட்டுள்ளது. %n நிமிடங்களில் மீண்டும் முயலவும், அல்லது பூட்டைத் திறக்க மேலாளரிடம் கேட்கவும்.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoyaltyLabels</name>
    <message>
        <source>Bronze</source>
        <translation>வெண்கலம்</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>வெள்ளி</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>தங்கம்</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>பிளாட்டினம்</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>பெற்றது</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>பயன்படுத்தியது</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>காலாவதி</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>சீராக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>கழிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>விற்பனை</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>திருப்பல்</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>ரத்து</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>செயலற்றது</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>தடுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>பிறந்தநாள்</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>ஆண்டு நிறைவு</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>கொள்வனவு</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>பரிந்துரை</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>தள்ளுபடி</translation>
    </message>
    <message>
        <source>Cashback</source>
        <translation>பணம் மீளளிப்பு</translation>
    </message>
    <message>
        <source>Free product</source>
        <translation>இலவசப் பொருள்</translation>
    </message>
    <message>
        <source>Free shipping</source>
        <translation>இலவச விநியோகம்</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>சதவீதம்</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>நிலையான தொகை</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Partly returned</source>
        <translation>பகுதியாகத் திருப்பப்பட்டது</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>திருப்பப்பட்டது</translation>
    </message>
</context>
<context>
    <name>LoyaltySettingsPage</name>
    <message>
        <source>Loyalty programme switched on</source>
        <translation>விசுவாசத் திட்டம் இயக்கத்தில்</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>உச்சவரம்பு இல்லை</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ஒருபோதும் இல்லை</translation>
    </message>
    <message>
        <source> days</source>
        <translation> நாட்கள்</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>தரம்</translation>
    </message>
    <message>
        <source>From lifetime points</source>
        <translation>மொத்த வாழ்நாள் புள்ளிகளிலிருந்து</translation>
    </message>
    <message>
        <source>Points multiplier</source>
        <translation>புள்ளிப் பெருக்கி</translation>
    </message>
    <message>
        <source>point(s) for every LKR</source>
        <translation>புள்ளி(கள்) / செலவிடும் LKR</translation>
    </message>
    <message>
        <source>Earn rate</source>
        <translation>புள்ளி பெறும் வீதம்</translation>
    </message>
    <message>
        <source>One point is worth (LKR)</source>
        <translation>ஒரு புள்ளியின் பெறுமதி (LKR)</translation>
    </message>
    <message>
        <source>Smallest redemption (points)</source>
        <translation>குறைந்தபட்சப் பயன்பாடு (புள்ளிகள்)</translation>
    </message>
    <message>
        <source>Most points one customer may redeem per day</source>
        <translation>ஒரு வாடிக்கையாளர் ஒரு நாளில் பயன்படுத்தக்கூடிய அதிகபட்சப் புள்ளிகள்</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>புள்ளிகள் காலாவதியாகும் காலம்</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>அமைப்புகள்</translation>
    </message>
    <message>
        <source>Tiers follow the points a customer has earned in total (net of returns): they go up when an earning crosses a threshold and down when a return or an adjustment takes them below it. Spending or expiring points keeps the tier.</source>
        <translation>தரங்கள், ஒரு வாடிக்கையாளர் மொத்தமாகப் பெற்ற புள்ளிகளைப் (திருப்பல்கள் கழித்து) பின்பற்றும்: புள்ளி பெறுகை ஒரு எல்லையைத் தாண்டும்போது தரம் உயரும்; திருப்பல் அல்லது சீராக்கம் அதை எல்லைக்குக் கீழே கொண்டுசெல்லும்போது தரம் இறங்கும். புள்ளிகளைச் செலவிடுவதாலோ காலாவதியாவதாலோ தரம் மாறாது.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>அமைப்புகளைச் சேமி</translation>
    </message>
    <message>
        <source>Point expiry</source>
        <translation>புள்ளி காலாவதி</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>புள்ளிகள்</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>முன்னோட்டம்</translation>
    </message>
    <message>
        <source>Run expiry now</source>
        <translation>இப்போதே காலாவதியாக்கு</translation>
    </message>
    <message>
        <source>Loyalty settings</source>
        <translation>விசுவாச அமைப்புகள்</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings (they apply to every till).</source>
        <translation>நிர்வாகி மட்டுமே இந்த அமைப்புகளை மாற்றலாம் (இவை எல்லாக் கவுண்டர்களுக்கும் பொருந்தும்).</translation>
    </message>
    <message numerus="yes">
        <source>about %n month(s); applies to points earned from now on</source>
        <translation>
            <numerusform>ஏறத்தாழ %n மாதம்; இனிமேல் பெறப்படும் புள்ளிகளுக்குப் பொருந்தும்</numerusform>
            <numerusform>ஏறத்தாழ %n மாதங்கள்; இனிமேல் பெறப்படும் புள்ளிகளுக்குப் பொருந்தும்</numerusform>
        </translation>
    </message>
    <message>
        <source>{} is not an amount</source>
        <translation>{} சரியான தொகை அல்ல</translation>
    </message>
    <message>
        <source>{}: the threshold and multiplier must be numbers</source>
        <translation>{}: எல்லையும் பெருக்கியும் எண்களாக இருக்க வேண்டும்</translation>
    </message>
    <message>
        <source>The spend per point</source>
        <translation>ஒரு புள்ளிக்கான செலவு</translation>
    </message>
    <message>
        <source>A point&apos;s value</source>
        <translation>ஒரு புள்ளியின் பெறுமதி</translation>
    </message>
    <message>
        <source>Loyalty settings saved.</source>
        <translation>விசுவாச அமைப்புகள் சேமிக்கப்பட்டன.</translation>
    </message>
    <message numerus="yes">
        <source>At {}: {} points of %n customer(s) would expire.</source>
        <translation>
            <numerusform>{} இல்: %n வாடிக்கையாளரின் {} புள்ளிகள் காலாவதியாகும்.</numerusform>
            <numerusform>{} இல்: %n வாடிக்கையாளர்களின் {} புள்ளிகள் காலாவதியாகும்.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due to expire now.</source>
        <translation>இப்போது காலாவதியாக வேண்டியது எதுவும் இல்லை.</translation>
    </message>
    <message numerus="yes">
        <source>Expired {} points of %n customer(s).</source>
        <translation>
            <numerusform>%n வாடிக்கையாளரின் {} புள்ளிகள் காலாவதியாக்கப்பட்டன.</numerusform>
            <numerusform>%n வாடிக்கையாளர்களின் {} புள்ளிகள் காலாவதியாக்கப்பட்டன.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeCustomersDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>வாடிக்கையாளர்களை ஒன்றிணை</translation>
    </message>
    <message>
        <source>Keep one customer; the others are merged into it. Their points, purchases and card count for the one kept. Nothing is deleted.</source>
        <translation>ஒரு வாடிக்கையாளரை வைத்துக்கொள்ளவும்; ஏனையோர் அவருடன் ஒன்றிணைக்கப்படுவர். அவர்களின் புள்ளிகள், கொள்வனவுகள், அட்டை ஆகியவை வைக்கப்பட்டவருக்குக் கணக்கிடப்படும். எதுவும் நீக்கப்படாது.</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>ஒரே நபர்</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>காரணம்</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ஒன்றிணை</translation>
    </message>
</context>
<context>
    <name>MfaEnrolDialog</name>
    <message>
        <source>Two-factor sign-in</source>
        <translation>இரு-காரணி உள்நுழைவு</translation>
    </message>
    <message>
        <source>1. Open an authenticator app on your phone (Google Authenticator, Microsoft Authenticator, Aegis...) and scan this code, or type the key below.
2. Type the 6-digit code the app shows to finish.</source>
        <translation>1. உங்கள் தொலைபேசியில் ஓர் அங்கீகரிப்புச் செயலியைத் (Google Authenticator, Microsoft Authenticator, Aegis...) திறந்து இந்தக் குறியீட்டை ஸ்கேன் செய்யவும், அல்லது கீழே உள்ள விசையைத் தட்டச்சு செய்யவும்.
2. முடிக்க, செயலி காட்டும் 6-இலக்கக் குறியீட்டைத் தட்டச்சு செய்யவும்.</translation>
    </message>
    <message>
        <source>Account: {}</source>
        <translation>கணக்கு: {}</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6-இலக்கக் குறியீடு</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>இயக்கு</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>செயலியிலிருந்து குறியீடு</translation>
    </message>
    <message>
        <source>Type the code the app shows.</source>
        <translation>செயலி காட்டும் குறியீட்டைத் தட்டச்சு செய்யவும்.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on.</source>
        <translation>இரு-காரணி உள்நுழைவு இயக்கப்பட்டுள்ளது.</translation>
    </message>
    <message>
        <source>Write these backup codes down and keep them somewhere safe. Each works once, instead of a code from the app, if the phone is lost. They are shown only now.</source>
        <translation>இந்த மாற்றுக் குறியீடுகளை எழுதி, பாதுகாப்பான இடத்தில் வைக்கவும். தொலைபேசி தொலைந்தால், செயலியின் குறியீட்டுக்குப் பதிலாக ஒவ்வொன்றும் ஒருமுறை செயல்படும். அவை இப்போது மட்டுமே காட்டப்படும்.</translation>
    </message>
    <message>
        <source>I have saved the codes</source>
        <translation>குறியீடுகளைச் சேமித்துவிட்டேன்</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>புதிய பயனர்</translation>
    </message>
    <message>
        <source>4-8 digits</source>
        <translation>4-8 இலக்கங்கள்</translation>
    </message>
    <message>
        <source>at least 8 characters; required for admins</source>
        <translation>குறைந்தது 8 எழுத்துகள்; நிர்வாகிகளுக்குக் கட்டாயம்</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>பயனர்பெயர்</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>பதவி</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>கடவுச்சொல் (விரும்பினால்)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>உருவாக்கு</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
</context>
<context>
    <name>NotificationTypes</name>
    <message>
        <source>Stock</source>
        <translation>இருப்பு</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>ஓடர்கள்</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>பணம் செலுத்தல்கள்</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>விநியோகங்கள்</translation>
    </message>
    <message>
        <source>System</source>
        <translation>முறைமை</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>ஊக்குவிப்புகள்</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>All types</source>
        <translation>அனைத்து வகைகளும்</translation>
    </message>
    <message>
        <source>When</source>
        <translation>நேரம்</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>தலைப்பு</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>செய்தி</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>வாசித்தது</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>வாசித்ததாகக் குறி</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>அனைத்தையும் வாசித்ததாகக் குறி</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>காட்டு</translation>
    </message>
    <message>
        <source>Types I want to see</source>
        <translation>நான் பார்க்க விரும்பும் வகைகள்</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n வாசிக்கப்படாதது</numerusform>
            <numerusform>%n வாசிக்கப்படாதவை</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ஆம்</translation>
    </message>
    <message>
        <source>No</source>
        <translation>இல்லை</translation>
    </message>
    <message numerus="yes">
        <source>%n marked read.</source>
        <translation>
            <numerusform>%n வாசித்ததாகக் குறிக்கப்பட்டது.</numerusform>
            <numerusform>%n வாசித்ததாகக் குறிக்கப்பட்டன.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>சேமிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>OrderEditorDialog</name>
    <message>
        <source>New delivery order</source>
        <translation>புதிய விநியோக ஓடர்</translation>
    </message>
    <message>
        <source>House number and street</source>
        <translation>வீட்டு இலக்கமும் வீதியும்</translation>
    </message>
    <message>
        <source>Bank or gateway reference</source>
        <translation>வங்கி அல்லது கொடுப்பனவு நுழைவாயில் குறிப்பு</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>முகவரி</translation>
    </message>
    <message>
        <source>City</source>
        <translation>நகரம்</translation>
    </message>
    <message>
        <source>District</source>
        <translation>மாவட்டம்</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>அஞ்சல் குறியீடு</translation>
    </message>
    <message>
        <source>Delivery fee</source>
        <translation>விநியோகக் கட்டணம்</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>பணம் செலுத்தல்</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>குறிப்புகள்</translation>
    </message>
    <message>
        <source>Product name, SKU or barcode</source>
        <translation>பொருளின் பெயர், SKU அல்லது பார்கோடு</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>விலை</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>உருப்படியை நீக்கு</translation>
    </message>
    <message>
        <source>Take order</source>
        <translation>ஓடரை ஏற்றுக்கொள்</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <source>Type a quantity such as 1 or 2.5</source>
        <translation>1 அல்லது 2.5 போன்ற அளவைத் தட்டச்சு செய்யவும்</translation>
    </message>
    <message>
        <source>Goods {goods} + delivery {fee} = {total}</source>
        <translation>பொருட்கள் {goods} + விநியோகம் {fee} = {total}</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Item</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
    <message>
        <source>Note or reason for the next step</source>
        <translation>அடுத்த படிக்கான குறிப்பு அல்லது காரணம்</translation>
    </message>
    <message>
        <source>Assign courier</source>
        <translation>கூரியரை ஒதுக்கு</translation>
    </message>
    <message>
        <source>Settle COD</source>
        <translation>COD ஐத் தீர்</translation>
    </message>
    <message>
        <source>Delivery note (PDF)</source>
        <translation>விநியோகக் குறிப்பு (PDF)</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>பெற்ற பணம்</translation>
    </message>
    <message>
        <source>History</source>
        <translation>வரலாறு</translation>
    </message>
    <message>
        <source>Order {number} · {status}</source>
        <translation>கட்டளை {number} · {status}</translation>
    </message>
    <message>
        <source>Goods {}</source>
        <translation>பொருட்கள் {}</translation>
    </message>
    <message>
        <source>Delivery {}</source>
        <translation>விநியோகம் {}</translation>
    </message>
    <message>
        <source>Total {}</source>
        <translation>மொத்தம் {}</translation>
    </message>
    <message>
        <source>Collect {}</source>
        <translation>வசூலிக்க {}</translation>
    </message>
    <message>
        <source>Changed on two tills at once: check the history</source>
        <translation>இரண்டு கவுண்டர்களில் ஒரே நேரத்தில் மாற்றப்பட்டது: வரலாற்றைச் சரிபார்க்கவும்</translation>
    </message>
    <message>
        <source>{tracking} with {courier} · {status}</source>
        <translation>{tracking} · {courier} · {status}</translation>
    </message>
    <message>
        <source>Delivery: {}</source>
        <translation>விநியோகம்: {}</translation>
    </message>
    <message>
        <source>No courier yet</source>
        <translation>இன்னும் கூரியர் இல்லை</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>தீர்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>Order {} is now {}.</source>
        <translation>கட்டளை {} இப்போது {}.</translation>
    </message>
    <message>
        <source>{} is now {}.</source>
        <translation>{} இப்போது {}.</translation>
    </message>
    <message>
        <source>Tracking number {}</source>
        <translation>கண்காணிப்பு இலக்கம் {}</translation>
    </message>
    <message>
        <source>Type the amount received, such as 3490.00</source>
        <translation>பெற்ற தொகையைத் தட்டச்சு செய்யவும், உதாரணமாக 3490.00</translation>
    </message>
    <message>
        <source>Settled {}</source>
        <translation>தீர்க்கப்பட்டது {}</translation>
    </message>
    <message>
        <source>Saved {}</source>
        <translation>{} சேமிக்கப்பட்டது</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Store</source>
        <translation>கடை</translation>
    </message>
    <message>
        <source>Unread notifications</source>
        <translation>வாசிக்கப்படாத அறிவிப்புகள்</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>பணம் செலுத்தல்</translation>
    </message>
    <message>
        <source>Total due {}</source>
        <translation>செலுத்த வேண்டியது {}</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>பணம்</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>அட்டை</translation>
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
        <translation>வங்கிப் பரிமாற்றம்</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>விநியோகத்தின்போது பணம்</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>புள்ளிகள்</translation>
    </message>
    <message>
        <source>Reference (terminal slip, transaction id)</source>
        <translation>குறிப்பு (அட்டை இயந்திரச் சீட்டு, பரிவர்த்தனை இலக்கம்)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>சேர்</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>சரியான தொகை</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>செலுத்தல்கள்</translation>
    </message>
    <message>
        <source>Remove tender</source>
        <translation>செலுத்தலை நீக்கு</translation>
    </message>
    <message>
        <source>Complete sale (Enter)</source>
        <translation>விற்பனையை முடி (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>ரத்துசெய் (Esc)</translation>
    </message>
    <message>
        <source>Queueing the receipt…</source>
        <translation>ரசீது அச்சு வரிசையில் சேர்க்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>அடுத்த வாடிக்கையாளர் (Enter)</translation>
    </message>
    <message>
        <source>Points (up to {})</source>
        <translation>புள்ளிகள் (அதிகபட்சம் {})</translation>
    </message>
    <message>
        <source>Cash received (empty: exact)</source>
        <translation>பெற்ற பணம் (காலியாக விட்டால்: சரியான தொகை)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
    <message>
        <source>Enter the number of points to redeem.</source>
        <translation>பயன்படுத்த வேண்டிய புள்ளிகளின் எண்ணிக்கையை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>At most {} points can be redeemed on this sale.</source>
        <translation>இந்த விற்பனையில் அதிகபட்சம் {} புள்ளிகளைப் பயன்படுத்தலாம்.</translation>
    </message>
    <message>
        <source>{} is not an amount.</source>
        <translation>{} சரியான தொகை அல்ல.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>தொகை பூச்சியத்தை விட அதிகமாக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Only cash can be more than what is due: at most {}.</source>
        <translation>பணம் மட்டுமே செலுத்த வேண்டிய தொகையை விட அதிகமாக இருக்கலாம்: அதிகபட்சம் {}.</translation>
    </message>
    <message>
        <source>Enter the reference (terminal slip or transaction id).</source>
        <translation>குறிப்பை உள்ளிடவும் (அட்டை இயந்திரச் சீட்டு அல்லது பரிவர்த்தனை இலக்கம்).</translation>
    </message>
    <message>
        <source>({} points)</source>
        <translation>({} புள்ளிகள்)</translation>
    </message>
    <message>
        <source>Remaining {}</source>
        <translation>நிலுவை {}</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>செலுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>Change {}</source>
        <translation>மீதி {}</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>யாரும் உள்நுழையவில்லை.</translation>
    </message>
    <message>
        <source>Receipt {number} · total {total}</source>
        <translation>ரசீது {number} · மொத்தம் {total}</translation>
    </message>
    <message>
        <source>{} awaits verification</source>
        <translation>{} சரிபார்ப்புக்குக் காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>Points earned {}</source>
        <translation>பெற்ற புள்ளிகள் {}</translation>
    </message>
    <message>
        <source>Receipt sent to the printer…</source>
        <translation>ரசீது அச்சுப்பொறிக்கு அனுப்பப்பட்டது…</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>ரசீது அச்சிடப்பட்டது.</translation>
    </message>
    <message>
        <source>Receipt queued — the printer is not ready ({}). The sale is saved; reprint from the Till menu if it does not print.</source>
        <translation>ரசீது அச்சு வரிசையில் உள்ளது — அச்சுப்பொறி தயாராக இல்லை ({}). விற்பனை சேமிக்கப்பட்டது; அச்சாகாவிட்டால் கவுண்டர் மெனுவிலிருந்து மீள அச்சிடவும்.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>பதில் இல்லை</translation>
    </message>
    <message>
        <source>Receipt not queued ({}). The sale is saved: reprint from the Till menu.</source>
        <translation>ரசீது அச்சு வரிசையில் சேர்க்கப்படவில்லை ({}). விற்பனை சேமிக்கப்பட்டது: கவுண்டர் மெனுவிலிருந்து மீள அச்சிடவும்.</translation>
    </message>
    <message>
        <source>Not completed: {}</source>
        <translation>முடிக்கப்படவில்லை: {}</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Cash</source>
        <translation>பணம்</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>அட்டை</translation>
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
        <translation>வங்கிப் பரிமாற்றம்</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>விநியோகத்தின்போது பணம்</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>விசுவாசப் புள்ளிகள்</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsPage</name>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>குறியீடு</translation>
    </message>
    <message>
        <source>On</source>
        <translation>இயக்கத்தில்</translation>
    </message>
    <message>
        <source>Opens drawer</source>
        <translation>இழுப்பறையைத் திறக்கும்</translation>
    </message>
    <message>
        <source>Needs reference</source>
        <translation>குறிப்பு தேவை</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>ஏற்கப்படுகிறது</translation>
    </message>
    <message>
        <source>Opens the cash drawer</source>
        <translation>பண இழுப்பறையைத் திறக்கும்</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>மேலே நகர்த்து</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>கீழே நகர்த்து</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ஆம்</translation>
    </message>
    <message>
        <source>No</source>
        <translation>இல்லை</translation>
    </message>
    <message>
        <source>Choose a payment method first.</source>
        <translation>முதலில் ஒரு கொடுப்பனவு முறையைத் தெரிவுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>சேமிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Order saved.</source>
        <translation>வரிசைமுறை சேமிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Sell</source>
        <translation>விற்பனை செய்</translation>
    </message>
    <message>
        <source>Give discounts within the limit</source>
        <translation>வரம்புக்குள் தள்ளுபடி வழங்கு</translation>
    </message>
    <message>
        <source>Approve larger discounts</source>
        <translation>பெரிய தள்ளுபடிகளை அங்கீகரி</translation>
    </message>
    <message>
        <source>Change a price</source>
        <translation>விலையை மாற்று</translation>
    </message>
    <message>
        <source>Remove a line from a sale</source>
        <translation>விற்பனையிலிருந்து உருப்படியை நீக்கு</translation>
    </message>
    <message>
        <source>Void a sale</source>
        <translation>விற்பனையை ரத்துசெய்</translation>
    </message>
    <message>
        <source>Take returns</source>
        <translation>திருப்பல்களை ஏற்றுக்கொள்</translation>
    </message>
    <message>
        <source>Approve refunds</source>
        <translation>பணத் திருப்பியளிப்புகளை அங்கீகரி</translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation>விற்பனையின்றி இழுப்பறையைத் திற</translation>
    </message>
    <message>
        <source>Open and close shifts</source>
        <translation>ஷிப்ட்களைத் தொடங்கு, மூடு</translation>
    </message>
    <message>
        <source>Accept cash differences</source>
        <translation>பண வித்தியாசங்களை ஏற்றுக்கொள்</translation>
    </message>
    <message>
        <source>Add customers</source>
        <translation>வாடிக்கையாளர்களைச் சேர்</translation>
    </message>
    <message>
        <source>Manage customers</source>
        <translation>வாடிக்கையாளர்களை நிர்வகி</translation>
    </message>
    <message>
        <source>Manage loyalty</source>
        <translation>விசுவாசத் திட்டத்தை நிர்வகி</translation>
    </message>
    <message>
        <source>Manage coupons</source>
        <translation>கூப்பன்களை நிர்வகி</translation>
    </message>
    <message>
        <source>Manage stock</source>
        <translation>இருப்பை நிர்வகி</translation>
    </message>
    <message>
        <source>Manage the catalog</source>
        <translation>பொருள் பட்டியலை நிர்வகி</translation>
    </message>
    <message>
        <source>Manage purchasing</source>
        <translation>கொள்வனவுகளை நிர்வகி</translation>
    </message>
    <message>
        <source>View reports</source>
        <translation>அறிக்கைகளைப் பார்</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>பயனர்களை நிர்வகி</translation>
    </message>
    <message>
        <source>Manage settings</source>
        <translation>அமைப்புகளை நிர்வகி</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>கியோஸ்க் பயன்முறையிலிருந்து வெளியேறு</translation>
    </message>
    <message>
        <source>Open the back office</source>
        <translation>பின் அலுவலகத்தைத் திற</translation>
    </message>
    <message>
        <source>Manage delivery orders</source>
        <translation>விநியோகக் கட்டளைகளை நிர்வகி</translation>
    </message>
</context>
<context>
    <name>PoEditorDialog</name>
    <message>
        <source>New purchase order</source>
        <translation>புதிய கொள்வனவுக் கட்டளை</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>எதிர்பார்க்கும் விநியோகத் திகதி</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>வழங்குநர்</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>விநியோக இடம்</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>விநியோகம்</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>குறிப்புகள்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Add a product: type a name or SKU, or scan it</source>
        <translation>பொருளைச் சேர்க்க: பெயர் அல்லது SKU ஐத் தட்டச்சு செய்யவும், அல்லது ஸ்கேன் செய்யவும்</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>கையிருப்பு</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>அலகுக் கிரயம்</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>பெறப்பட்டது</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>உருப்படியை நீக்கு</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>வரைவாகச் சேமி</translation>
    </message>
    <message>
        <source>Save and order</source>
        <translation>சேமித்து ஓடர் செய்</translation>
    </message>
    <message>
        <source>PDF for supplier</source>
        <translation>வழங்குநருக்கான PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <source>Purchase order {}</source>
        <translation>கொள்வனவுக் கட்டளை {}</translation>
    </message>
    <message>
        <source>No product matches {}.</source>
        <translation>{} உடன் பொருந்தும் பொருள் இல்லை.</translation>
    </message>
    <message>
        <source>Total LKR {}</source>
        <translation>மொத்தம் LKR {}</translation>
    </message>
    <message>
        <source>Draft {} saved.</source>
        <translation>வரைவு {} சேமிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>{} is ordered: send the PDF to the supplier.</source>
        <translation>{} ஓடர் செய்யப்பட்டது: PDF ஐ வழங்குநருக்கு அனுப்பவும்.</translation>
    </message>
    <message>
        <source>Saved {}</source>
        <translation>{} இல் சேமிக்கப்பட்டது</translation>
    </message>
</context>
<context>
    <name>PriceChangeDialog</name>
    <message>
        <source>Schedule a price change</source>
        <translation>விலை மாற்றத்தைத் திட்டமிடு</translation>
    </message>
    <message>
        <source>Product name, SKU or barcode</source>
        <translation>பொருளின் பெயர், SKU அல்லது பார்கோடு</translation>
    </message>
    <message>
        <source>No product chosen</source>
        <translation>பொருள் எதுவும் தெரிவுசெய்யப்படவில்லை</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>திட்டமிடு</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>புதிய விலை</translation>
    </message>
    <message>
        <source>From (store time)</source>
        <translation>முதல் (கடை நேரம்)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>{name} (now {price})</source>
        <translation>{name} (தற்போது {price})</translation>
    </message>
    <message>
        <source>Choose a product first.</source>
        <translation>முதலில் ஒரு பொருளைத் தெரிவுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Type the new price, e.g. 1250.00</source>
        <translation>புதிய விலையைத் தட்டச்சு செய்யவும், எ.கா. 1250.00</translation>
    </message>
</context>
<context>
    <name>PriceChangesPage</name>
    <message>
        <source>Filter by product name or SKU</source>
        <translation>பொருளின் பெயர் அல்லது SKU மூலம் வடிகட்டு</translation>
    </message>
    <message>
        <source>From (store time)</source>
        <translation>முதல் (கடை நேரம்)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price now</source>
        <translation>தற்போதைய விலை</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>புதிய விலை</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>By</source>
        <translation>செய்தவர்</translation>
    </message>
    <message>
        <source>Schedule a change…</source>
        <translation>மாற்றத்தைத் திட்டமிடு…</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>மாற்றத்தை ரத்துசெய்</translation>
    </message>
    <message>
        <source>Scheduled price changes</source>
        <translation>திட்டமிட்ட விலை மாற்றங்கள்</translation>
    </message>
    <message>
        <source>A change takes effect on every till at its moment, even offline. Typing a price in the catalog ends the changes already in force.</source>
        <translation>ஒரு மாற்றம் அதற்குரிய நேரத்தில் எல்லாக் கவுண்டர்களிலும் நடைமுறைக்கு வரும், இணைப்பில்லாவிட்டாலும் கூட. பொருள் பட்டியலில் விலையைத் தட்டச்சு செய்தால், ஏற்கனவே நடைமுறையிலுள்ள மாற்றங்கள் முடிவுக்கு வரும்.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n மாற்றம்</numerusform>
            <numerusform>%n மாற்றங்கள்</numerusform>
        </translation>
    </message>
    <message>
        <source>The price change is scheduled.</source>
        <translation>விலை மாற்றம் திட்டமிடப்பட்டது.</translation>
    </message>
    <message>
        <source>The price change is cancelled.</source>
        <translation>விலை மாற்றம் ரத்துசெய்யப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>PrintHooks</name>
    <message>
        <source>{what} could not be queued for printing: {error}</source>
        <translation>{what} அச்சு வரிசையில் சேர்க்கப்படவில்லை: {error}</translation>
    </message>
    <message>
        <source>Drawer kick</source>
        <translation>இழுப்பறை திறப்பு</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>ஷிப்ட் அறிக்கை</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>ரசீது</translation>
    </message>
    <message>
        <source>Reprinting the last receipt.</source>
        <translation>கடைசி ரசீது மீள அச்சிடப்படுகிறது.</translation>
    </message>
    <message>
        <source>Printer settings are not available in this build.</source>
        <translation>இந்தப் பதிப்பில் அச்சுப்பொறி அமைப்புகள் கிடைக்காது.</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Print queue</source>
        <translation>அச்சு வரிசை</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>பணி</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>முயற்சிகள்</translation>
    </message>
    <message>
        <source>Printer says</source>
        <translation>அச்சுப்பொறி செய்தி</translation>
    </message>
    <message>
        <source>Nothing is waiting for the printer.</source>
        <translation>அச்சுப்பொறிக்காக எதுவும் காத்திருக்கவில்லை.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>மீள அச்சிடு</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>பணியை ரத்துசெய்</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
</context>
<context>
    <name>PrintStatusBridge</name>
    <message>
        <source>Receipt</source>
        <translation>ரசீது</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>திருப்பியளிப்பு ரசீது</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>ஷிப்ட் அறிக்கை</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>சோதனைப் பக்கம்</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>பண இழுப்பறை</translation>
    </message>
    <message>
        <source>Print job</source>
        <translation>அச்சுப் பணி</translation>
    </message>
    <message>
        <source>{0} not printed: {1}. It is kept in the print queue for reprint.</source>
        <translation>{0} அச்சிடப்படவில்லை: {1}. மீள அச்சிடுவதற்காக அச்சு வரிசையில் வைக்கப்பட்டுள்ளது.</translation>
    </message>
    <message>
        <source>{0} waiting: {1}. Retrying.</source>
        <translation>{0} காத்திருக்கிறது: {1}. மீண்டும் முயல்கிறது.</translation>
    </message>
</context>
<context>
    <name>PrinterConfig</name>
    <message>
        <source>no printer</source>
        <translation>அச்சுப்பொறி இல்லை</translation>
    </message>
    <message>
        <source>network {host}:{port}</source>
        <translation>வலையமைப்பு {host}:{port}</translation>
    </message>
    <message>
        <source>USB {vendor}:{product}</source>
        <translation>USB {vendor}:{product}</translation>
    </message>
    <message>
        <source>serial {serial} at {baud} baud</source>
        <translation>சீரியல் {serial}, {baud} baud</translation>
    </message>
    <message>
        <source>device file {path}</source>
        <translation>சாதனக் கோப்பு {path}</translation>
    </message>
    <message>
        <source>Windows printer {name}</source>
        <translation>Windows அச்சுப்பொறி {name}</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Receipt printer</source>
        <translation>ரசீது அச்சுப்பொறி</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>அச்சுப்பொறி இல்லை</translation>
    </message>
    <message>
        <source>Network (IP address)</source>
        <translation>வலையமைப்பு (IP முகவரி)</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>சீரியல் போர்ட்</translation>
    </message>
    <message>
        <source>Device file</source>
        <translation>சாதனக் கோப்பு</translation>
    </message>
    <message>
        <source>Windows printer</source>
        <translation>Windows அச்சுப்பொறி</translation>
    </message>
    <message>
        <source>80 mm (48 characters)</source>
        <translation>80 mm (48 எழுத்துகள்)</translation>
    </message>
    <message>
        <source>58 mm (32 characters)</source>
        <translation>58 mm (32 எழுத்துகள்)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>அச்சுப்பொறி</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>முகவரி</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>போர்ட்</translation>
    </message>
    <message>
        <source>Vendor id (hex)</source>
        <translation>உற்பத்தியாளர் ID (Vendor, hex)</translation>
    </message>
    <message>
        <source>Product id (hex)</source>
        <translation>தயாரிப்பு ID (Product, hex)</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Baud வீதம்</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>அச்சுப்பொறியின் பெயர்</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>காகித அகலம்</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>சோதனை அச்சு</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <source>Error: {0}</source>
        <translation>பிழை: {0}</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>சேமிக்கிறது...</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>சேமிக்கப்பட்டது: {0}</translation>
    </message>
    <message>
        <source>Choose a printer first.</source>
        <translation>முதலில் ஒரு அச்சுப்பொறியைத் தெரிவுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Sending a test page to {0}...</source>
        <translation>{0} க்குச் சோதனைப் பக்கம் அனுப்பப்படுகிறது...</translation>
    </message>
    <message>
        <source>Test page printed.</source>
        <translation>சோதனைப் பக்கம் அச்சிடப்பட்டது.</translation>
    </message>
    <message>
        <source>Test print failed: {0}</source>
        <translation>சோதனை அச்சு தோல்வி: {0}</translation>
    </message>
    <message>
        <source>The test page is still waiting in the print queue. {0}</source>
        <translation>சோதனைப் பக்கம் இன்னும் அச்சு வரிசையில் காத்திருக்கிறது. {0}</translation>
    </message>
    <message>
        <source>Is the printer worker running?</source>
        <translation>அச்சுப் பின்னணிச் செயலி (printer worker) இயங்குகிறதா?</translation>
    </message>
    <message>
        <source>Retrying: {0}</source>
        <translation>மீண்டும் முயல்கிறது: {0}</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>New product</source>
        <translation>புதிய பொருள்</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>Generate EAN-13</source>
        <translation>EAN-13 உருவாக்கு</translation>
    </message>
    <message>
        <source>comma separated, e.g. organic, local</source>
        <translation>காற்புள்ளியால் பிரிக்கவும், எ.கா. organic, local</translation>
    </message>
    <message>
        <source>Sold by weight (kg)</source>
        <translation>எடைக்கு விற்கப்படும் (kg)</translation>
    </message>
    <message>
        <source>Add image…</source>
        <translation>படம் சேர்…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>படத்தை நீக்கு</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>தெரிவு</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>பெறுமதி</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>பார்கோடு</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>விலை</translation>
    </message>
    <message>
        <source>Add variant…</source>
        <translation>மாறுபாடு சேர்…</translation>
    </message>
    <message>
        <source>Edit variant…</source>
        <translation>மாறுபாட்டைத் திருத்து…</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>கிரயம்</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>பிரிவு</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>வரி வகை</translation>
    </message>
    <message>
        <source>Money ({})</source>
        <translation>பணம் ({})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>குறிச்சொற்கள்</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>விவரணம்</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>படங்கள்</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>மாறுபாடுகள்</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(பிரிவு இல்லை)</translation>
    </message>
    <message>
        <source>Save the product first</source>
        <translation>முதலில் பொருளைச் சேமிக்கவும்</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>ஒரு படத்தைத் தெரிவுசெய்யவும்</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>படங்கள் (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
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
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>பார்கோடு</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>விலை</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>அடக்க விலை</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>செயலற்றது</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>வரைவு</translation>
    </message>
    <message>
        <source>Filter by name, SKU or barcode</source>
        <translation>பெயர், SKU அல்லது பார்கோடு மூலம் வடிகட்டு</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>எந்த நிலையும்</translation>
    </message>
    <message>
        <source>No barcode</source>
        <translation>பார்கோடு இல்லை</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>புதிய பொருள்…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>திருத்து…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>எல்லாப் பிரிவுகளும்</translation>
    </message>
    <message>
        <source>Any tax class</source>
        <translation>எந்த வரி வகையும்</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n பொருள்</numerusform>
            <numerusform>%n பொருட்கள்</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n products</source>
        <translation>
            <numerusform>%n இற்கு மேற்பட்ட பொருட்கள்</numerusform>
            <numerusform>%n இற்கு மேற்பட்ட பொருட்கள்</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseOrdersPage</name>
    <message>
        <source>Open orders</source>
        <translation>திறந்த கட்டளைகள்</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>அனைத்துக் கட்டளைகளும்</translation>
    </message>
    <message>
        <source>Search by order number or supplier</source>
        <translation>கட்டளை இலக்கம் அல்லது வழங்குநர் மூலம் தேடுக</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>கட்டளை</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>வழங்குநர்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>விநியோகிக்கும் இடம்</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>எதிர்பார்க்கும் திகதி</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>மொத்தம்</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>புதிய கட்டளை…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>திற…</translation>
    </message>
    <message>
        <source>Mark ordered</source>
        <translation>கட்டளையிட்டதாகக் குறி</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>பெறு…</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>கட்டளையை ரத்துசெய்</translation>
    </message>
    <message>
        <source>Close short</source>
        <translation>குறைவுடன் மூடு</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>கொள்வனவுக் கட்டளைகள்</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n கட்டளை</numerusform>
            <numerusform>%n கட்டளைகள்</numerusform>
        </translation>
    </message>
    <message>
        <source>Click again to cancel {}</source>
        <translation>{} ஐ ரத்துசெய்ய மீண்டும் கிளிக் செய்யவும்</translation>
    </message>
    <message>
        <source>{number} is now {status}.</source>
        <translation>{number} இப்போது {status}.</translation>
    </message>
    <message>
        <source>{name}: {on_hand} on hand.</source>
        <translation>{name}: கையிருப்பு {on_hand}.</translation>
    </message>
    <message>
        <source>Cost of {name}: {old} → {new}.</source>
        <translation>{name} இன் அடக்க விலை: {old} → {new}.</translation>
    </message>
    <message>
        <source>Saved {}</source>
        <translation>{} சேமிக்கப்பட்டது</translation>
    </message>
</context>
<context>
    <name>Purchasing</name>
    <message>
        <source>Draft</source>
        <translation>வரைவு</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>கட்டளையிடப்பட்டது</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>பகுதியாகப் பெறப்பட்டது</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>பெறப்பட்டது</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>விநியோகத்தின்போது பணம்</translation>
    </message>
    <message>
        <source>7 days credit</source>
        <translation>7 நாள் கடன்</translation>
    </message>
    <message>
        <source>14 days credit</source>
        <translation>14 நாள் கடன்</translation>
    </message>
    <message>
        <source>30 days credit</source>
        <translation>30 நாள் கடன்</translation>
    </message>
    <message>
        <source>Advance payment</source>
        <translation>முற்பணம்</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>சரி</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ஆம் (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>இல்லை (&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>செயல்படுத்து</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Thank you! Please come again.</source>
        <translation>நன்றி! மீண்டும் வருக.</translation>
    </message>
    <message>
        <source>RECEIPT</source>
        <translation>ரசீது</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>திருப்பல்</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>ரத்து</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>வெண்கலம்</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>வெள்ளி</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>தங்கம்</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>பிளாட்டினம்</translation>
    </message>
    <message>
        <source>Tel: {phone}</source>
        <translation>தொ.பே: {phone}</translation>
    </message>
    <message>
        <source>VAT Reg No: {number}</source>
        <translation>VAT பதிவு இல: {number}</translation>
    </message>
    <message>
        <source> - COPY</source>
        <translation> - பிரதி</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>ரசீது இல.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>திகதி</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>காசாளர்</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>முனையம்</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>அசல் ரசீது</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>காரணம்: {reason}</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>தள்ளுபடி</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>உப மொத்தம்</translation>
    </message>
    <message>
        <source>Item discounts</source>
        <translation>பொருள் தள்ளுபடி</translation>
    </message>
    <message>
        <source>Bill discount</source>
        <translation>பில் தள்ளுபடி</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>கூப்பன்</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>வரி</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>மொத்தம்</translation>
    </message>
    <message>
        <source>REFUNDED</source>
        <translation>திருப்பிய தொகை</translation>
    </message>
    <message>
        <source>Tax included in prices:</source>
        <translation>விலைகளில் அடங்கிய வரி:</translation>
    </message>
    <message>
        <source>Tax breakdown:</source>
        <translation>வரி விவரம்:</translation>
    </message>
    <message>
        <source>{code} {percent} on {amount}</source>
        <translation>{code} {percent} ({amount} மீது)</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>அடங்கிய வரி</translation>
    </message>
    <message>
        <source>Refund {method}</source>
        <translation>{method} திருப்பியளிப்பு</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>பயன்படுத்திய புள்ளிகள்</translation>
    </message>
    <message>
        <source>Ref: {reference}</source>
        <translation>குறிப்பு: {reference}</translation>
    </message>
    <message>
        <source>(pending verification)</source>
        <translation>(சரிபார்ப்பு நிலுவையில்)</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>மீதி</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>பெற்ற புள்ளிகள்</translation>
    </message>
    <message>
        <source>Points reversed</source>
        <translation>கழித்த புள்ளிகள்</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>பயன்படுத்திய புள்ளிகள்</translation>
    </message>
    <message>
        <source>Points restored</source>
        <translation>மீள வழங்கிய புள்ளிகள்</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>புள்ளி மீதி</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>தரம்</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive {}</source>
        <translation>{} ஐப் பெறு</translation>
    </message>
    <message>
        <source>{supplier} · deliver to {warehouse}</source>
        <translation>{supplier} · விநியோகிக்கும் இடம் {warehouse}</translation>
    </message>
    <message>
        <source>Receive a delivery for {}</source>
        <translation>{} க்கான விநியோகத்தைப் பெறு</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>கட்டளையிட்டது</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>பெற்றது</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>நிலுவை</translation>
    </message>
    <message>
        <source>Receiving now</source>
        <translation>இப்போது பெறுவது</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>அலகு அடக்க விலை</translation>
    </message>
    <message>
        <source>Supplier&apos;s delivery note or invoice number</source>
        <translation>வழங்குநரின் விநியோகக் குறிப்பு அல்லது விலைப்பட்டியல் இலக்கம்</translation>
    </message>
    <message>
        <source>Accept more than ordered</source>
        <translation>கட்டளையிட்டதை விட அதிகமாக ஏற்றுக்கொள்</translation>
    </message>
    <message>
        <source>Receive into stock</source>
        <translation>இருப்பில் சேர்</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <source>Tick &apos;Accept more than ordered&apos; to book it.</source>
        <translation>இதைப் பதிவுசெய்ய &apos;கட்டளையிட்டதை விட அதிகமாக ஏற்றுக்கொள்&apos; என்பதைத் தெரிவுசெய்யவும்.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>When</source>
        <translation>நேரம்</translation>
    </message>
    <message>
        <source>User</source>
        <translation>பயனர்</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>செயல்</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>உருப்படி வகை</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>காரணம்</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>அங்கீகரித்தவர்</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>விவரங்கள்</translation>
    </message>
    <message>
        <source>All</source>
        <translation>அனைத்தும்</translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation> (மேலும் பார்க்க உருட்டவும்)</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} பதிவுகள்</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>இன்று</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>நேற்று</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>இந்த வாரம்</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>இந்த மாதம்</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>கடந்த மாதம்</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>தனிப்பயன்</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>காலப்பகுதி</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>புதுப்பி</translation>
    </message>
    <message>
        <source>Export {kind}</source>
        <translation>{kind} ஏற்றுமதி</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>வாசிக்கிறது…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>ஏற்றுமதி செய்கிறது…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} சேமிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>As of {moment}</source>
        <translation>{moment} நிலவரப்படி</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>ஷிப்ட் அறிக்கை</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>அறிக்கையைத் திற</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>தொடங்கியது</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>மூடியது</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>நாள் வாரியாக விற்பனை</translation>
    </message>
    <message>
        <source>Sales by hour of day</source>
        <translation>நாளின் மணிநேர வாரியாக விற்பனை</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>பொருள் வாரியாக விற்பனை</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>பிரிவு வாரியாக விற்பனை</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>காசாளர் வாரியாக விற்பனை</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>செலுத்தல் முறை வாரியாக விற்பனை</translation>
    </message>
    <message>
        <source>Tax report</source>
        <translation>வரி அறிக்கை</translation>
    </message>
    <message>
        <source>Inventory valuation by product</source>
        <translation>பொருள் வாரியாக சரக்கு இருப்பு மதிப்பீடு</translation>
    </message>
    <message>
        <source>Inventory valuation by category</source>
        <translation>பிரிவு வாரியாக சரக்கு இருப்பு மதிப்பீடு</translation>
    </message>
    <message>
        <source>Inventory valuation by warehouse</source>
        <translation>களஞ்சியம் வாரியாக சரக்கு இருப்பு மதிப்பீடு</translation>
    </message>
    <message>
        <source>Loyalty liability</source>
        <translation>விசுவாசப் புள்ளிப் பொறுப்பு</translation>
    </message>
    <message>
        <source>In the period: issued {issued}, redeemed {redeemed}, expired {expired}, adjusted {adjusted}, reversed by returns {reversed}.</source>
        <translation>இக்காலப்பகுதியில்: வழங்கப்பட்டது {issued}, பயன்படுத்தியது {redeemed}, காலாவதியானது {expired}, சீராக்கப்பட்டது {adjusted}, திருப்பல்களால் கழிக்கப்பட்டது {reversed}.</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(பிரிவு இல்லை)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>திருப்பல்கள்</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>மொத்த விற்பனை</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>பணத் திருப்பியளிப்புகள்</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>நிகர விற்பனை</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>வரி</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>தள்ளுபடிகள்</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>நாள்</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>மணிநேரம்</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>காசாளர்</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>மொத்தம்</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>பிரிவு</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>செலுத்தல் முறை</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>பணம் செலுத்தல்கள்</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>பெற்ற தொகை</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>திருப்பியளித்தது</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>நிகரம்</translation>
    </message>
    <message>
        <source>Pending verification</source>
        <translation>சரிபார்ப்பு நிலுவையில்</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>வரி வகை</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>வீதம்</translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation>வரிக்குட்படும் தொகை</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>வரியுடன் தொகை</translation>
    </message>
    <message>
        <source>Value = stock on hand x the product&apos;s current cost.</source>
        <translation>பெறுமதி = கையிருப்பு x பொருளின் தற்போதைய அடக்க விலை.</translation>
    </message>
    <message>
        <source>Products without a cost: {n}</source>
        <translation>அடக்க விலை இல்லாத பொருட்கள்: {n}</translation>
    </message>
    <message>
        <source>Rows with negative stock: {n}</source>
        <translation>எதிர்மறை இருப்புள்ள வரிசைகள்: {n}</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>களஞ்சியம்</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>கையிருப்பு</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>அலகு அடக்க விலை</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>பெறுமதி</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>பொருட்கள்</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>தரம்</translation>
    </message>
    <message>
        <source>Members with points</source>
        <translation>புள்ளிகள் உள்ள உறுப்பினர்கள்</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>நிலுவைப் புள்ளிகள்</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>பொறுப்பு</translation>
    </message>
    <message>
        <source>One point is worth {value}.</source>
        <translation>ஒரு புள்ளியின் பெறுமதி {value}.</translation>
    </message>
    <message>
        <source>Z No.</source>
        <translation>Z இல.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>விற்பனைகள்</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>நிகர மொத்தம்</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>இருக்க வேண்டிய பணம்</translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation>மிகை/குறைவு</translation>
    </message>
    <message>
        <source>open</source>
        <translation>திறந்துள்ளது</translation>
    </message>
    <message>
        <source>{n} shifts, net total {total}</source>
        <translation>{n} ஷிப்ட்கள், நிகர மொத்தம் {total}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} முதல் {last} வரை</translation>
    </message>
</context>
<context>
    <name>ReturnLinesTable</name>
    <message>
        <source>Item</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>விற்றது</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>திருப்பியது</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>மீதமுள்ளது</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>இப்போது திருப்பு</translation>
    </message>
    <message>
        <source>Goes</source>
        <translation>செல்லுமிடம்</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>இருப்புக்குத் திரும்ப</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>இருப்பிலிருந்து நீக்கு</translation>
    </message>
</context>
<context>
    <name>ReturnsScreen</name>
    <message>
        <source>Scan or type a receipt number to start a return.</source>
        <translation>திருப்பலைத் தொடங்க ரசீது இலக்கத்தை ஸ்கேன் செய்யவும் அல்லது தட்டச்சு செய்யவும்.</translation>
    </message>
    <message>
        <source>card refund slip or transaction reference</source>
        <translation>அட்டைப் பணம் திருப்பியளிப்புச் சீட்டு அல்லது பரிவர்த்தனைக் குறிப்பு</translation>
    </message>
    <message>
        <source>why it comes back, e.g. damaged, wrong size</source>
        <translation>திருப்பப்படும் காரணம், எ.கா. சேதம், தவறான அளவு</translation>
    </message>
    <message>
        <source>Refund by</source>
        <translation>திருப்பியளிக்கும் முறை</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>காரணம்</translation>
    </message>
    <message>
        <source>Refund chosen items</source>
        <translation>தெரிவுசெய்த பொருட்களுக்குப் பணம் திருப்பியளி</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>விற்பனை</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>பணம்</translation>
    </message>
    <message>
        <source>Original payment method(s)</source>
        <translation>அசல் செலுத்தல் முறை(கள்)</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>partially returned</source>
        <translation>பகுதியாகத் திருப்பப்பட்டது</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>திருப்பப்பட்டது</translation>
    </message>
    <message>
        <source>Receipt {number} · {when} · total {total} · {status}</source>
        <translation>ரசீது {number} · {when} · மொத்தம் {total} · {status}</translation>
    </message>
    <message>
        <source>This document cannot be returned against.</source>
        <translation>இந்த ஆவணத்துக்கு எதிராகத் திருப்பல் செய்ய முடியாது.</translation>
    </message>
    <message>
        <source>Choose a quantity to return on at least one line.</source>
        <translation>குறைந்தது ஒரு உருப்படியிலாவது திருப்ப வேண்டிய அளவைத் தெரிவுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Enter the reason for the return.</source>
        <translation>திருப்பலுக்கான காரணத்தை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Refunded {total} on return {number}.</source>
        <translation>திருப்பல் {number} இல் {total} திருப்பியளிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Give the customer {} in cash.</source>
        <translation>வாடிக்கையாளருக்கு {} பணமாகக் கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>{} points given back.</source>
        <translation>{} புள்ளிகள் திருப்பி வழங்கப்பட்டன.</translation>
    </message>
    <message>
        <source>Refund on receipt {}: a manager must approve.</source>
        <translation>ரசீது {} இற்கான பணத் திருப்பியளிப்பு: மேலாளர் அங்கீகரிக்க வேண்டும்.</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <source>New reward</source>
        <translation>புதிய வெகுமதி</translation>
    </message>
    <message>
        <source>Edit reward</source>
        <translation>வெகுமதியைத் திருத்து</translation>
    </message>
    <message>
        <source>LKR, for a discount or cashback</source>
        <translation>LKR, தள்ளுபடி அல்லது பணம் மீளளிப்புக்கு</translation>
    </message>
    <message>
        <source>Product id, for a free product</source>
        <translation>பொருள் ID, இலவசப் பொருளுக்கு</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>வரம்பற்றது</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Points needed</source>
        <translation>தேவையான புள்ளிகள்</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Value (LKR)</source>
        <translation>பெறுமதி (LKR)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <source>Stock (times it can be taken)</source>
        <translation>இருப்பு (பெறக்கூடிய தடவைகள்)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>பிரிவு</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>The value is not an amount.</source>
        <translation>பெறுமதி சரியான தொகை அல்ல.</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <source>Reward</source>
        <translation>வெகுமதி</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>புள்ளிகள்</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>பெறுமதி</translation>
    </message>
    <message>
        <source>Taken / stock</source>
        <translation>பெறப்பட்டவை / இருப்பு</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>பிரிவு</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>வெகுமதிகள்</translation>
    </message>
    <message>
        <source>New reward…</source>
        <translation>புதிய வெகுமதி…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>திருத்து…</translation>
    </message>
    <message>
        <source>Switch on/off</source>
        <translation>இயக்கு/முடக்கு</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ஆம்</translation>
    </message>
    <message>
        <source>No</source>
        <translation>இல்லை</translation>
    </message>
    <message>
        <source>Select a reward first.</source>
        <translation>முதலில் ஒரு வெகுமதியைத் தெரிவுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>சேமிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Admin</source>
        <translation>நிர்வாகி</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>மேலாளர்</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>காசாளர்</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Permission</source>
        <translation>அனுமதி</translation>
    </message>
    <message>
        <source>Roles are the same on every till and cannot be edited here. Give one person more with individual grants below.</source>
        <translation>பங்குகள் எல்லாக் கவுண்டர்களிலும் ஒரே மாதிரியானவை, இங்கே திருத்த முடியாது. ஒருவருக்குக் கூடுதல் அனுமதி வழங்க கீழே உள்ள தனிப்பட்ட அனுமதிகளைப் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>Individual grants</source>
        <translation>தனிப்பட்ட அனுமதிகள்</translation>
    </message>
    <message>
        <source>Save grants</source>
        <translation>அனுமதிகளைச் சேமி</translation>
    </message>
    <message>
        <source>Grants saved.</source>
        <translation>அனுமதிகள் சேமிக்கப்பட்டன.</translation>
    </message>
</context>
<context>
    <name>SaleFinder</name>
    <message>
        <source>scan or type the receipt number</source>
        <translation>ரசீது இலக்கத்தை ஸ்கேன் செய்யவும் அல்லது தட்டச்சு செய்யவும்</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>திற</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>ரசீது</translation>
    </message>
    <message>
        <source>customer name, phone or card</source>
        <translation>வாடிக்கையாளர் பெயர், தொலைபேசி அல்லது அட்டை</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>எந்த வாடிக்கையாளரும்</translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation>விற்ற திகதி</translation>
    </message>
    <message>
        <source>Find sales</source>
        <translation>விற்பனைகளைத் தேடு</translation>
    </message>
    <message>
        <source>No receipt? Find the sale</source>
        <translation>ரசீது இல்லையா? விற்பனையைத் தேடுங்கள்</translation>
    </message>
    <message>
        <source>When / customer</source>
        <translation>நேரம் / வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>மொத்தம்</translation>
    </message>
    <message>
        <source>Customer: {}</source>
        <translation>வாடிக்கையாளர்: {}</translation>
    </message>
    <message>
        <source>No sales found.</source>
        <translation>விற்பனைகள் எதுவும் கிடைக்கவில்லை.</translation>
    </message>
</context>
<context>
    <name>SaleFlows</name>
    <message>
        <source>Void sale</source>
        <translation>விற்பனையை ரத்துசெய்</translation>
    </message>
    <message>
        <source>Take every item off this sale?</source>
        <translation>இந்த விற்பனையிலிருந்து எல்லாப் பொருட்களையும் நீக்கவா?</translation>
    </message>
    <message>
        <source>Receipt copy queued for printing.</source>
        <translation>ரசீதின் பிரதி அச்சிட வரிசையில் சேர்க்கப்பட்டது.</translation>
    </message>
    <message>
        <source>The sale is empty: scan or add an item first.</source>
        <translation>விற்பனை காலியாக உள்ளது: முதலில் ஒரு பொருளை ஸ்கேன் செய்யவும் அல்லது சேர்க்கவும்.</translation>
    </message>
    <message>
        <source>Sale {number} saved. Change {change}.</source>
        <translation>விற்பனை {number} சேமிக்கப்பட்டது. மீதி {change}.</translation>
    </message>
    <message>
        <source>Held as “{}”.</source>
        <translation>“{}” என நிறுத்திவைக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search by name, SKU or barcode (F3)</source>
        <translation>பெயர், SKU அல்லது பார்கோடு மூலம் தேடுக (F3)</translation>
    </message>
    <message>
        <source>Search failed: {}</source>
        <translation>தேடல் தோல்வி: {}</translation>
    </message>
</context>
<context>
    <name>SellScreen</name>
    <message>
        <source>No product matches “{}”.</source>
        <translation>“{}” உடன் பொருந்தும் பொருள் இல்லை.</translation>
    </message>
    <message>
        <source>Quantity / weight (F7)</source>
        <translation>அளவு / எடை (F7)</translation>
    </message>
    <message>
        <source>Discount: 10% or 150.00 (F8)</source>
        <translation>தள்ளுபடி: 10% அல்லது 150.00 (F8)</translation>
    </message>
    <message>
        <source>Coupon code (Shift+F8)</source>
        <translation>கூப்பன் குறியீடு (Shift+F8)</translation>
    </message>
    <message>
        <source>Remove coupon</source>
        <translation>கூப்பனை நீக்கு</translation>
    </message>
    <message>
        <source>Customer (F4)</source>
        <translation>வாடிக்கையாளர் (F4)</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>பிரி</translation>
    </message>
    <message>
        <source>Remove line (Del)</source>
        <translation>உருப்படியை நீக்கு (Del)</translation>
    </message>
    <message>
        <source>Void sale (Shift+F12)</source>
        <translation>விற்பனையை ரத்துசெய் (Shift+F12)</translation>
    </message>
    <message>
        <source>Hold (F5)</source>
        <translation>நிறுத்திவை (F5)</translation>
    </message>
    <message>
        <source>Recall (F6)</source>
        <translation>மீட்டெடு (F6)</translation>
    </message>
    <message>
        <source>Reprint last (F11)</source>
        <translation>கடைசியதை மீள அச்சிடு (F11)</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>உதவி (F1)</translation>
    </message>
    <message>
        <source>PAY (F12)</source>
        <translation>செலுத்து (F12)</translation>
    </message>
    <message>
        <source>Scan not recognised.</source>
        <translation>ஸ்கேன் அடையாளம் காணப்படவில்லை.</translation>
    </message>
    <message>
        <source>Returns are not available on this till.</source>
        <translation>இந்தக் கவுண்டரில் திருப்பல்கள் கிடைக்காது.</translation>
    </message>
    <message>
        <source>No customer (F4 or scan a loyalty card)</source>
        <translation>வாடிக்கையாளர் இல்லை (F4 அல்லது விசுவாச அட்டையை ஸ்கேன் செய்யவும்)</translation>
    </message>
    <message>
        <source>{points} points ({value})</source>
        <translation>{points} புள்ளிகள் ({value})</translation>
    </message>
    <message>
        <source>redeemable now: {}</source>
        <translation>இப்போது பயன்படுத்தக்கூடியது: {}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>not signed in</source>
        <translation>உள்நுழையவில்லை</translation>
    </message>
</context>
<context>
    <name>ShellMenus</name>
    <message>
        <source>Held tickets are not available yet.</source>
        <translation>நிறுத்திவைத்த பில்கள் இன்னும் கிடைக்கவில்லை.</translation>
    </message>
    <message>
        <source>Sync is not running in this app.</source>
        <translation>இந்தச் செயலியில் ஒத்திசைவு இயங்கவில்லை.</translation>
    </message>
    <message>
        <source>Syncing with HQ…</source>
        <translation>HQ உடன் ஒத்திசைக்கிறது…</translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation>கவுண்டர் (&amp;T)</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>விற்பனை</translation>
    </message>
    <message>
        <source>Returns…</source>
        <translation>திருப்பல்கள்…</translation>
    </message>
    <message>
        <source>Held tickets…</source>
        <translation>நிறுத்திவைத்த பில்கள்…</translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation>கடைசி ரசீதை மீள அச்சிடு</translation>
    </message>
    <message>
        <source>No sale (open drawer)…</source>
        <translation>விற்பனை இல்லை (இழுப்பறையைத் திற)…</translation>
    </message>
    <message>
        <source>Cash in…</source>
        <translation>பணம் உள்ளிடல்…</translation>
    </message>
    <message>
        <source>Cash out / payout…</source>
        <translation>பணம் வெளியெடுப்பு / கொடுப்பனவு…</translation>
    </message>
    <message>
        <source>Back office…</source>
        <translation>பின் அலுவலகம்…</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>ஷிப்ட் (&amp;S)</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X அறிக்கை</translation>
    </message>
    <message>
        <source>Close shift…</source>
        <translation>ஷிப்ட்டை மூடு…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>வெளியேறு</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>ஒத்திசைவு (&amp;Y)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>இப்போது ஒத்திசை</translation>
    </message>
    <message>
        <source>Sync inbox…</source>
        <translation>ஒத்திசைவு உள்பெட்டி…</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>அமைப்புகள் (&amp;E)</translation>
    </message>
    <message>
        <source>Printer…</source>
        <translation>அச்சுப்பொறி…</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>வாடிக்கையாளர் திரை</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>உதவி (&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>விசைப்பலகைக் குறுக்குவழிகள்</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>கியோஸ்க் பயன்முறையிலிருந்து வெளியேறு</translation>
    </message>
    <message>
        <source>Kiosk mode on this till</source>
        <translation>இந்தக் கவுண்டரில் கியோஸ்க் பயன்முறை</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>மொழி (&amp;L)</translation>
    </message>
</context>
<context>
    <name>ShiftCloseScreen</name>
    <message>
        <source>Refresh X report</source>
        <translation>X அறிக்கையைப் புதுப்பி</translation>
    </message>
    <message>
        <source>Print X report</source>
        <translation>X அறிக்கையை அச்சிடு</translation>
    </message>
    <message>
        <source>X report (the shift so far)</source>
        <translation>X அறிக்கை (இதுவரையான ஷிப்ட்)</translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation>இழுப்பறையில் இருக்க வேண்டியது</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>எண்ணியது</translation>
    </message>
    <message>
        <source>note (optional): why the drawer is over or short</source>
        <translation>குறிப்பு (விரும்பினால்): இழுப்பறையில் ஏன் மிகை அல்லது குறைவு</translation>
    </message>
    <message>
        <source>Close shift and print Z report</source>
        <translation>ஷிப்ட்டை மூடி Z அறிக்கையை அச்சிடு</translation>
    </message>
    <message>
        <source>Back to selling</source>
        <translation>விற்பனைக்குத் திரும்பு</translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation>இழுப்பறைப் பணத்தை எண்ணவும்</translation>
    </message>
    <message>
        <source>Beyond the {} limit: a manager must approve this count.</source>
        <translation>{} வரம்பை மீறியுள்ளது: இந்த எண்ணிக்கையை மேலாளர் அங்கீகரிக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>The drawer is over by {}. A manager must approve closing with this count.</source>
        <translation>இழுப்பறையில் {} மிகையாக உள்ளது. இந்த எண்ணிக்கையுடன் மூடுவதற்கு மேலாளர் அங்கீகரிக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>The drawer is short by {}. A manager must approve closing with this count.</source>
        <translation>இழுப்பறையில் {} குறைவாக உள்ளது. இந்த எண்ணிக்கையுடன் மூடுவதற்கு மேலாளர் அங்கீகரிக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Shift closed: Z report {}, over by {}.</source>
        <translation>ஷிப்ட் மூடப்பட்டது: Z அறிக்கை {}, {} மிகை.</translation>
    </message>
    <message>
        <source>Shift closed: Z report {}, short by {}.</source>
        <translation>ஷிப்ட் மூடப்பட்டது: Z அறிக்கை {}, {} குறைவு.</translation>
    </message>
    <message>
        <source>Shift closed: Z report {}, the drawer balanced.</source>
        <translation>ஷிப்ட் மூடப்பட்டது: Z அறிக்கை {}, இழுப்பறைப் பணம் சரியாக உள்ளது.</translation>
    </message>
    <message>
        <source>Not closed: the over/short needs a manager&apos;s approval.</source>
        <translation>மூடப்படவில்லை: மிகை/குறைவுக்கு மேலாளரின் அங்கீகாரம் தேவை.</translation>
    </message>
    <message>
        <source>Saved as {}</source>
        <translation>{} ஆகச் சேமிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {}</source>
        <translation>PDF ஐச் சேமிக்க முடியவில்லை: {}</translation>
    </message>
</context>
<context>
    <name>ShiftOpenDialog</name>
    <message>
        <source>Open shift</source>
        <translation>ஷிப்ட்டைத் தொடங்கு</translation>
    </message>
    <message>
        <source>No shift is open on this till. Count the cash in the drawer and enter the opening float to start selling.</source>
        <translation>இந்தக் கவுண்டரில் ஷிப்ட் எதுவும் திறக்கப்படவில்லை. விற்பனையைத் தொடங்க, இழுப்பறையிலுள்ள பணத்தை எண்ணி ஆரம்பப் பணத்தை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Count the float by note and coin</source>
        <translation>ஆரம்பப் பணத்தை நாணயத்தாள், நாணயக்குற்றி வாரியாக எண்ணவும்</translation>
    </message>
    <message>
        <source>Opening float ({})</source>
        <translation>ஆரம்பப் பணம் ({})</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>வெளியேறு</translation>
    </message>
    <message>
        <source>Enter the opening float (0 if the drawer is empty).</source>
        <translation>ஆரம்பப் பணத்தை உள்ளிடவும் (இழுப்பறை காலியாக இருந்தால் 0).</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <source>Terminal</source>
        <translation>முனையம்</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>காசாளர்</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>தொடங்கியது</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>மூடியது</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>அச்சிட்டது</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>ரசீதுகள்</translation>
    </message>
    <message>
        <source>Sales ({count})</source>
        <translation>விற்பனைகள் ({count})</translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation>திருப்பல்கள் ({count})</translation>
    </message>
    <message>
        <source>Voids ({count})</source>
        <translation>ரத்துகள் ({count})</translation>
    </message>
    <message>
        <source>Tax total</source>
        <translation>மொத்த வரி</translation>
    </message>
    <message>
        <source>{method} ({count})</source>
        <translation>{method} ({count})</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>மிகை</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>குறைவு</translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation>மிகை/குறைவு</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>அங்கீகரித்தவர்</translation>
    </message>
    <message>
        <source>FINAL - shift closed</source>
        <translation>இறுதி - ஷிப்ட் மூடப்பட்டது</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>நிகர மொத்தம்</translation>
    </message>
    <message>
        <source>Z report No. {number}</source>
        <translation>Z அறிக்கை இல. {number}</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z அறிக்கை</translation>
    </message>
    <message>
        <source>X report (reading, not final)</source>
        <translation>X அறிக்கை (வாசிப்பு, இறுதியானதல்ல)</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>வழங்கிய தள்ளுபடிகள்</translation>
    </message>
    <message>
        <source>of which coupons</source>
        <translation>இதில் கூப்பன்கள்</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>வரி</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>விற்ற பொருட்கள்</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>திருப்பியளித்தது</translation>
    </message>
    <message>
        <source>pending verification</source>
        <translation>சரிபார்ப்பு நிலுவையில்</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>ஆரம்பப் பணம்</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>பண விற்பனைகள்</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>பணத் திருப்பியளிப்புகள்</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>பணம் உள்ளிடல்</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>பணம் வெளியெடுப்பு</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>கொடுப்பனவுகள்</translation>
    </message>
    <message>
        <source>No-sale drawer opens</source>
        <translation>விற்பனையின்றி இழுப்பறை திறப்புகள்</translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation>இழுப்பறையில் இருக்க வேண்டியது</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>எண்ணியது</translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <translation>{when} ({name})</translation>
    </message>
    <message>
        <source>{taxable} / tax {tax}</source>
        <translation>{taxable} / வரி {tax}</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>ஷிப்ட்</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>வசூல்</translation>
    </message>
    <message>
        <source>Tax by class</source>
        <translation>வரி வகை வாரியாக</translation>
    </message>
    <message>
        <source>No taxed sales</source>
        <translation>வரி விதித்த விற்பனைகள் இல்லை</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>பணம் செலுத்தல்கள்</translation>
    </message>
    <message>
        <source>No payments</source>
        <translation>பணம் செலுத்தல்கள் இல்லை</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>பண இழுப்பறை</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>விசைப்பலகைக் குறுக்குவழிகள்</translation>
    </message>
</context>
<context>
    <name>StockHistoryDialog</name>
    <message>
        <source>Movements of {}</source>
        <translation>{} இன் இருப்பு நகர்வுகள்</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>நேரம்</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>காரணம்</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>களஞ்சியம்</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>User</source>
        <translation>பயனர்</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>Older…</source>
        <translation>பழையவை…</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) shown</source>
        <translation>
            <numerusform>%n நகர்வு காட்டப்படுகிறது</numerusform>
            <numerusform>%n நகர்வுகள் காட்டப்படுகின்றன</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockMoveDialog</name>
    <message>
        <source>Receive stock</source>
        <translation>இருப்பைப் பெறு</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>இருப்பைச் சீராக்கு</translation>
    </message>
    <message>
        <source>Transfer stock</source>
        <translation>இருப்பை இடமாற்று</translation>
    </message>
    <message>
        <source>{name} ({sku}) · {warehouse}: {on_hand} on hand</source>
        <translation>{name} ({sku}) · {warehouse}: கையிருப்பு {on_hand}</translation>
    </message>
    <message>
        <source>Remove from stock</source>
        <translation>இருப்பிலிருந்து கழி</translation>
    </message>
    <message>
        <source>Add to stock</source>
        <translation>இருப்பில் சேர்</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>காரணத்தைத் தெரிவுசெய்யவும்…</translation>
    </message>
    <message>
        <source>Warehouse {}</source>
        <translation>களஞ்சியம் {}</translation>
    </message>
    <message>
        <source>Store {code} {name}</source>
        <translation>கடை {code} {name}</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>அலகுக் கிரயம்</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>திசை</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>காரணம்</translation>
    </message>
    <message>
        <source>To</source>
        <translation>சேருமிடம்</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>The unit cost is not an amount.</source>
        <translation>அலகுக் கிரயம் சரியான தொகை அல்ல.</translation>
    </message>
    <message>
        <source>There is nowhere to transfer to: add a warehouse first.</source>
        <translation>இடமாற்றம் செய்ய இடம் இல்லை: முதலில் ஒரு களஞ்சியத்தைச் சேர்க்கவும்.</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Search name, SKU or barcode</source>
        <translation>பெயர், SKU அல்லது பார்கோடு மூலம் தேடுக</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>எல்லாப் பிரிவுகளும்</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>எந்த நிலையும்</translation>
    </message>
    <message>
        <source>Inbound transfers…</source>
        <translation>உள்வரும் இடமாற்றங்கள்…</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>களஞ்சியம்</translation>
    </message>
    <message>
        <source>Receive (F2)</source>
        <translation>பெறு (F2)</translation>
    </message>
    <message>
        <source>Adjust (F3)</source>
        <translation>சீராக்கு (F3)</translation>
    </message>
    <message>
        <source>Transfer (F4)</source>
        <translation>இடமாற்று (F4)</translation>
    </message>
    <message>
        <source>History (F5)</source>
        <translation>வரலாறு (F5)</translation>
    </message>
    <message>
        <source>Double-click a reorder level or maximum to change it. A level in brackets is the product&apos;s own threshold, used where the warehouse sets none.</source>
        <translation>மீள்கோரல் மட்டத்தை அல்லது அதிகபட்சத்தை மாற்ற அதை இருமுறை கிளிக் செய்யவும். அடைப்புக்குறிக்குள் உள்ள மட்டம் பொருளுக்கே உரிய எல்லை; களஞ்சியம் மட்டம் எதையும் அமைக்காத இடத்தில் அது பயன்படுத்தப்படும்.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>இருப்பு</translation>
    </message>
    <message numerus="yes">
        <source>Inbound transfers (%n)…</source>
        <translation>
            <numerusform>உள்வரும் இடமாற்றங்கள் (%n)…</numerusform>
            <numerusform>உள்வரும் இடமாற்றங்கள் (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a product in the list first.</source>
        <translation>முதலில் பட்டியலில் ஒரு பொருளைத் தெரிவுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Done: {name} now has {quantity} here.</source>
        <translation>முடிந்தது: இங்கு {name} இன் இருப்பு இப்போது {quantity}.</translation>
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
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>கையிருப்பு</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>மீள்கட்டளை அளவு</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>அதிகபட்சம்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>அடக்க விலையில் பெறுமதி</translation>
    </message>
</context>
<context>
    <name>StockTakePage</name>
    <message>
        <source>Whole warehouse</source>
        <translation>முழுக் களஞ்சியம்</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>எண்ணுதல்</translation>
    </message>
    <message>
        <source>Start stock take</source>
        <translation>இருப்புக் கணக்கெடுப்பைத் தொடங்கு</translation>
    </message>
    <message>
        <source>Stock take</source>
        <translation>இருப்புக் கணக்கெடுப்பு</translation>
    </message>
    <message>
        <source>Scan or type a barcode or SKU, then Enter</source>
        <translation>பார்கோடு அல்லது SKU ஐ ஸ்கேன் செய்யவும் அல்லது தட்டச்சு செய்யவும், பின்னர் Enter</translation>
    </message>
    <message>
        <source>Quantity is the total (recount)</source>
        <translation>அளவு என்பது மொத்தம் (மீள எண்ணுதல்)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>எண்ணியது</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>எண்ணிய நேரம்</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>குறியீடு</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>எதிர்பார்த்தது</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>வித்தியாசம்</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>அலகுக் கிரயம்</translation>
    </message>
    <message>
        <source>Difference value</source>
        <translation>வித்தியாசப் பெறுமதி</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV ஆக ஏற்றுமதி செய்…</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>வேறுபாடு</translation>
    </message>
    <message>
        <source>Products not counted are at zero</source>
        <translation>எண்ணப்படாத பொருட்கள் பூச்சியமாகும்</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>முடி…</translation>
    </message>
    <message>
        <source>Cancel stock take</source>
        <translation>இருப்புக் கணக்கெடுப்பை ரத்துசெய்</translation>
    </message>
    <message>
        <source>Complete now</source>
        <translation>இப்போது முடி</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>பின்செல்</translation>
    </message>
    <message numerus="yes">
        <source>{ref} · {warehouse} · {status} · %n line(s) · {started}</source>
        <translation>
            <numerusform>{ref} · {warehouse} · {status} · %n உருப்படி · {started}</numerusform>
            <numerusform>{ref} · {warehouse} · {status} · %n உருப்படிகள் · {started}</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>எண்ணப்படவில்லை</translation>
    </message>
    <message>
        <source>{counted} counted, {varied} with a difference, {missing} not counted. Expected {expected}, counted {value}: difference {difference} (short {short}, over {over}).</source>
        <translation>{counted} எண்ணப்பட்டன, {varied} வித்தியாசத்துடன், {missing} எண்ணப்படவில்லை. எதிர்பார்த்தது {expected}, எண்ணியது {value}: வித்தியாசம் {difference} (குறைவு {short}, மிகை {over}).</translation>
    </message>
    <message>
        <source>Choose the warehouse to count.</source>
        <translation>எண்ண வேண்டிய களஞ்சியத்தைத் தெரிவுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Stock take started: scan or type what you count.</source>
        <translation>இருப்புக் கணக்கெடுப்பு தொடங்கியது: நீங்கள் எண்ணுவதை ஸ்கேன் செய்யவும் அல்லது தட்டச்சு செய்யவும்.</translation>
    </message>
    <message>
        <source>{name} ({sku}): {quantity} counted</source>
        <translation>{name} ({sku}): {quantity} எண்ணப்பட்டது</translation>
    </message>
    <message>
        <source>Complete {ref}? The differences are written to the stock ledger and cannot be undone (a later count corrects them).</source>
        <translation>{ref} ஐ முடிக்கவா? வித்தியாசங்கள் இருப்பேட்டில் பதியப்படும், அவற்றை மீளப்பெற முடியாது (பின்னர் எண்ணும் கணக்கெடுப்பு அவற்றைச் சரிசெய்யும்).</translation>
    </message>
    <message>
        <source>Products not counted are set to zero.</source>
        <translation>எண்ணப்படாத பொருட்கள் பூச்சியமாக அமைக்கப்படும்.</translation>
    </message>
    <message numerus="yes">
        <source>Stock take completed: %n correction(s) written.</source>
        <translation>
            <numerusform>இருப்புக் கணக்கெடுப்பு முடிந்தது: %n திருத்தம் பதியப்பட்டது.</numerusform>
            <numerusform>இருப்புக் கணக்கெடுப்பு முடிந்தது: %n திருத்தங்கள் பதியப்பட்டன.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock take cancelled; stock is unchanged.</source>
        <translation>இருப்புக் கணக்கெடுப்பு ரத்துசெய்யப்பட்டது; இருப்பு மாற்றமின்றி உள்ளது.</translation>
    </message>
    <message>
        <source>Open the variance report first.</source>
        <translation>முதலில் வேறுபாட்டு அறிக்கையைத் திறக்கவும்.</translation>
    </message>
    <message>
        <source>Export variance report</source>
        <translation>வேறுபாட்டு அறிக்கையை ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV கோப்புகள் (*.csv)</translation>
    </message>
    <message>
        <source>Saved {}</source>
        <translation>{} இல் சேமிக்கப்பட்டது</translation>
    </message>
</context>
<context>
    <name>StoreProfilePage</name>
    <message>
        <source>Store name</source>
        <translation>கடையின் பெயர்</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>முகவரி</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>VAT registration number</source>
        <translation>VAT பதிவு இலக்கம்</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>ரசீதின் தலைப்பு</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>ரசீதின் அடிக்குறிப்பு</translation>
    </message>
    <message>
        <source>Header and footer: up to {} lines each, printed on every receipt.</source>
        <translation>தலைப்பும் அடிக்குறிப்பும்: ஒவ்வொன்றும் அதிகபட்சம் {} வரிகள், ஒவ்வொரு ரசீதிலும் அச்சிடப்படும்.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>Saved. New receipts print these details.</source>
        <translation>சேமிக்கப்பட்டது. புதிய ரசீதுகளில் இந்த விவரங்கள் அச்சிடப்படும்.</translation>
    </message>
</context>
<context>
    <name>SuggestedOrdersPage</name>
    <message>
        <source>Supplier / item</source>
        <translation>வழங்குநர் / பொருள்</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>கையிருப்பு</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>கட்டளையில்</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>மீள்கட்டளை அளவு</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>அதிகபட்சம்</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>பரிந்துரை அளவு</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>அலகு அடக்க விலை</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>புதுப்பி</translation>
    </message>
    <message>
        <source>Create draft orders</source>
        <translation>வரைவுக் கட்டளைகளை உருவாக்கு</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>களஞ்சியம்</translation>
    </message>
    <message>
        <source>Suggested orders</source>
        <translation>பரிந்துரைக்கப்பட்ட கட்டளைகள்</translation>
    </message>
    <message>
        <source>Items at or below their reorder level, counting what is already on open orders; the suggestion fills them up to their maximum.</source>
        <translation>ஏற்கனவே திறந்த கட்டளைகளில் உள்ளவற்றையும் சேர்த்து, மீள்கட்டளை அளவிலோ அதற்குக் கீழோ உள்ள பொருட்கள்; பரிந்துரை அவற்றை அதிகபட்ச அளவு வரை நிரப்புகிறது.</translation>
    </message>
    <message>
        <source>No supplier (set one on the product)</source>
        <translation>வழங்குநர் இல்லை (பொருளில் ஒருவரை அமைக்கவும்)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to reorder</source>
        <translation>
            <numerusform>மீள்கட்டளையிட %n பொருள்</numerusform>
            <numerusform>மீள்கட்டளையிட %n பொருட்கள்</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n வழங்குநர்</numerusform>
            <numerusform>%n வழங்குநர்கள்</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft orders created: {}.</source>
        <translation>வரைவுக் கட்டளைகள் உருவாக்கப்பட்டன: {}.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no supplier and were left out.</source>
        <translation>
            <numerusform>%n பொருளுக்கு வழங்குநர் இல்லாததால் அது விடப்பட்டது.</numerusform>
            <numerusform>%n பொருட்களுக்கு வழங்குநர் இல்லாததால் அவை விடப்பட்டன.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>New supplier</source>
        <translation>புதிய வழங்குநர்</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>தொடர்பு நபர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>முகவரி</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>கொடுப்பனவு நிபந்தனைகள்</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>வரி இலக்கம்</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>குறிப்புகள்</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
</context>
<context>
    <name>SuppliersPage</name>
    <message>
        <source>Search by name, contact, phone or e-mail</source>
        <translation>பெயர், தொடர்பாளர், தொலைபேசி அல்லது மின்னஞ்சல் மூலம் தேடுக</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>செயலிழக்கப்பட்டவற்றையும் காட்டு</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>தொடர்பாளர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>கொடுப்பனவு நிபந்தனைகள்</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>New supplier…</source>
        <translation>புதிய வழங்குநர்…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>திருத்து…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>செயலிழக்கச் செய்</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>வழங்குநர்கள்</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>செயலிழக்கப்பட்டது</translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n விநியோகத்தர்</numerusform>
            <numerusform>%n விநியோகத்தர்கள்</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>மீண்டும் செயற்படுத்து</translation>
    </message>
    <message>
        <source>Select a supplier first.</source>
        <translation>முதலில் ஒரு வழங்குநரைத் தெரிவுசெய்யவும்.</translation>
    </message>
    <message>
        <source>{} is active again.</source>
        <translation>{} மீண்டும் செயலில் உள்ளது.</translation>
    </message>
    <message>
        <source>{} is deactivated; its orders are kept.</source>
        <translation>{} செயலிழக்கப்பட்டது; அதன் கட்டளைகள் வைக்கப்பட்டுள்ளன.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync could not start: {}</source>
        <translation>ஒத்திசைவைத் தொடங்க முடியவில்லை: {}</translation>
    </message>
    <message>
        <source>This terminal is not enrolled with HQ: there is nothing to sync.</source>
        <translation>இந்த முனையம் HQ இல் பதிவுசெய்யப்படவில்லை: ஒத்திசைக்க எதுவும் இல்லை.</translation>
    </message>
</context>
<context>
    <name>SyncInboxScreen</name>
    <message>
        <source>Sync now</source>
        <translation>இப்போது ஒத்திசை</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>புதுப்பி</translation>
    </message>
    <message>
        <source>Back to selling</source>
        <translation>விற்பனைக்குத் திரும்பு</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>பதிவான நேரம்</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>மறுத்த நேரம்</translation>
    </message>
    <message>
        <source>What</source>
        <translation>தரவு வகை</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>பதிவு</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>காரணம்</translation>
    </message>
    <message>
        <source>When</source>
        <translation>நேரம்</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>வகை</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>எச்சரிக்கை</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>விவரங்கள்</translation>
    </message>
    <message>
        <source>Mark selected alerts read</source>
        <translation>தெரிவுசெய்த எச்சரிக்கைகளை வாசித்ததாகக் குறி</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>இந்த முனையம்</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>HQ</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>அட்டை</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>சேர்ந்த திகதி</translation>
    </message>
    <message>
        <source>Same person (sync inbox)</source>
        <translation>ஒரே நபர் (ஒத்திசைவு உள்பெட்டி)</translation>
    </message>
    <message>
        <source>Keep the selected customer, merge the others of its group into it</source>
        <translation>தெரிவுசெய்த வாடிக்கையாளரை வைத்து, அதே குழுவின் ஏனையோரை அவருடன் ஒன்றிணை</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>காரணம்</translation>
    </message>
    <message>
        <source>Choose the customer to keep (choosing a group keeps its oldest). The others are merged into it: their points and purchases count for the one kept.</source>
        <translation>வைத்துக்கொள்ள வேண்டிய வாடிக்கையாளரைத் தெரிவுசெய்யவும் (ஒரு குழுவைத் தெரிவுசெய்தால் அதில் மிகப் பழையவர் வைக்கப்படுவார்). ஏனையோர் அவருடன் ஒன்றிணைக்கப்படுவர்: அவர்களின் புள்ளிகளும் கொள்வனவுகளும் வைக்கப்பட்டவருக்குக் கணக்கிடப்படும்.</translation>
    </message>
    <message>
        <source>Only managers can open the sync inbox.</source>
        <translation>மேலாளர்கள் மட்டுமே ஒத்திசைவு உள்பெட்டியைத் திறக்கலாம்.</translation>
    </message>
    <message>
        <source>Same phone {}</source>
        <translation>ஒரே தொலைபேசி {}</translation>
    </message>
    <message>
        <source>Same card {}</source>
        <translation>ஒரே அட்டை {}</translation>
    </message>
    <message>
        <source>Negative stock</source>
        <translation>எதிர்மறை இருப்பு</translation>
    </message>
    <message>
        <source>Negative points</source>
        <translation>எதிர்மறைப் புள்ளிகள்</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ஒத்திசைவு</translation>
    </message>
    <message>
        <source>Refused by HQ ({})</source>
        <translation>HQ மறுத்தவை ({})</translation>
    </message>
    <message>
        <source>Alerts ({})</source>
        <translation>எச்சரிக்கைகள் ({})</translation>
    </message>
    <message>
        <source>Negative points ({})</source>
        <translation>எதிர்மறைப் புள்ளிகள் ({})</translation>
    </message>
    <message>
        <source>Possible duplicates ({})</source>
        <translation>சாத்தியமான நகல்கள் ({})</translation>
    </message>
    <message>
        <source>Sync is not running in this app.</source>
        <translation>இந்தச் செயலியில் ஒத்திசைவு இயங்கவில்லை.</translation>
    </message>
    <message>
        <source>Sync: {}</source>
        <translation>ஒத்திசைவு: {}</translation>
    </message>
    <message>
        <source>{} pending</source>
        <translation>{} நிலுவையில்</translation>
    </message>
    <message>
        <source>last success {}</source>
        <translation>கடைசி வெற்றி {}</translation>
    </message>
    <message>
        <source>last error: {}</source>
        <translation>கடைசிப் பிழை: {}</translation>
    </message>
    <message>
        <source>Syncing with HQ…</source>
        <translation>HQ உடன் ஒத்திசைக்கிறது…</translation>
    </message>
    <message>
        <source>Select the alerts to mark read.</source>
        <translation>வாசித்ததாகக் குறிக்க வேண்டிய எச்சரிக்கைகளைத் தெரிவுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Choose the customer to keep.</source>
        <translation>வைத்துக்கொள்ள வேண்டிய வாடிக்கையாளரைத் தெரிவுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Say why these customers are the same person.</source>
        <translation>இந்த வாடிக்கையாளர்கள் ஒரே நபர் என்பதற்கான காரணத்தைக் கூறவும்.</translation>
    </message>
    <message>
        <source>Merged 1 customer into the one kept.</source>
        <translation>1 வாடிக்கையாளர் வைக்கப்பட்டவருடன் ஒன்றிணைக்கப்பட்டார்.</translation>
    </message>
    <message>
        <source>Merged {} customers into the one kept.</source>
        <translation>{} வாடிக்கையாளர்கள் வைக்கப்பட்டவருடன் ஒன்றிணைக்கப்பட்டனர்.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync now</source>
        <translation>இப்போது ஒத்திசை</translation>
    </message>
    <message>
        <source>Sync inbox…</source>
        <translation>ஒத்திசைவு உள்பெட்டி…</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>பதிவுசெய்யப்படவில்லை</translation>
    </message>
    <message>
        <source>online</source>
        <translation>இணைப்பில்</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>இணைப்பில்லை</translation>
    </message>
    <message>
        <source>sync blocked</source>
        <translation>ஒத்திசைவு தடுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>புதுப்பித்த நிலையில்</translation>
    </message>
    <message>
        <source>{n} pending</source>
        <translation>{n} நிலுவையில்</translation>
    </message>
    <message>
        <source>oldest {age}</source>
        <translation>மிகப் பழையது {age}</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>{n} மறுக்கப்பட்டன</translation>
    </message>
    <message>
        <source>Changes are kept on this terminal until HQ receives them.</source>
        <translation>HQ பெற்றுக்கொள்ளும் வரை மாற்றங்கள் இந்த முனையத்திலேயே வைக்கப்படும்.</translation>
    </message>
    <message>
        <source>Sync is starting…</source>
        <translation>ஒத்திசைவு தொடங்குகிறது…</translation>
    </message>
    <message>
        <source>Connected to HQ.</source>
        <translation>HQ உடன் இணைக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>HQ cannot be reached. Selling goes on; changes wait on this terminal.</source>
        <translation>HQ ஐ அணுக முடியவில்லை. விற்பனை தொடர்கிறது; மாற்றங்கள் இந்த முனையத்தில் காத்திருக்கின்றன.</translation>
    </message>
    <message>
        <source>HQ refused this terminal; sync has stopped until a manager checks it.</source>
        <translation>HQ இந்த முனையத்தை மறுத்துவிட்டது; மேலாளர் சரிபார்க்கும் வரை ஒத்திசைவு நிறுத்தப்பட்டுள்ளது.</translation>
    </message>
    <message>
        <source>This terminal is not enrolled with HQ: it works on its own.</source>
        <translation>இந்த முனையம் HQ இல் பதிவுசெய்யப்படவில்லை: இது தனியாகச் செயல்படுகிறது.</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>இப்போது ஒத்திசைக்கிறது…</translation>
    </message>
    <message>
        <source>{n} changes wait for HQ.</source>
        <translation>{n} மாற்றங்கள் HQ க்காகக் காத்திருக்கின்றன.</translation>
    </message>
    <message>
        <source>Oldest waiting since {time}.</source>
        <translation>மிகப் பழையது {time} முதல் காத்திருக்கிறது.</translation>
    </message>
    <message>
        <source>Last successful sync: {time} ({ago} ago).</source>
        <translation>கடைசி வெற்றிகரமான ஒத்திசைவு: {time} ({ago} முன்பு).</translation>
    </message>
    <message>
        <source>No successful sync yet.</source>
        <translation>இதுவரை வெற்றிகரமான ஒத்திசைவு இல்லை.</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>கடைசிப் பிழை: {error}</translation>
    </message>
    <message>
        <source>Next attempt at {time}.</source>
        <translation>அடுத்த முயற்சி {time} இல்.</translation>
    </message>
    <message>
        <source>{n} changes were refused by HQ: see the sync inbox.</source>
        <translation>{n} மாற்றங்களை HQ மறுத்தது: ஒத்திசைவு உள்பெட்டியைப் பார்க்கவும்.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {m} minutes off HQ&apos;s: please correct it.</source>
        <translation>இந்தக் கணினியின் கடிகாரம் HQ இன் நேரத்திலிருந்து {m} நிமிடங்கள் வேறுபடுகிறது: தயவுசெய்து சரிசெய்யவும்.</translation>
    </message>
    <message>
        <source>This terminal is not enrolled with HQ: there is nothing to sync.</source>
        <translation>இந்த முனையம் HQ இல் பதிவுசெய்யப்படவில்லை: ஒத்திசைக்க எதுவும் இல்லை.</translation>
    </message>
    <message>
        <source>Syncing with HQ…</source>
        <translation>HQ உடன் ஒத்திசைக்கிறது…</translation>
    </message>
</context>
<context>
    <name>TaxesPage</name>
    <message>
        <source>Shelf prices include tax</source>
        <translation>விற்பனை விலைகளில் வரி அடங்கும்</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>குறியீடு</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>வீதம் %</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>விலக்கு</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>பொருட்கள்</translation>
    </message>
    <message>
        <source>Exempt (outside VAT)</source>
        <translation>விலக்கு (VAT க்கு வெளியே)</translation>
    </message>
    <message>
        <source>Rate (percent)</source>
        <translation>வீதம் (சதவீதம்)</translation>
    </message>
    <message>
        <source>New tax class</source>
        <translation>புதிய வரி வகுப்பு</translation>
    </message>
    <message>
        <source>Save tax class</source>
        <translation>வரி வகுப்பைச் சேமி</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ஆம்</translation>
    </message>
    <message>
        <source>No</source>
        <translation>இல்லை</translation>
    </message>
    <message>
        <source>Tax class saved.</source>
        <translation>வரி வகுப்பு சேமிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Saved; applies to new sales.</source>
        <translation>சேமிக்கப்பட்டது; புதிய விற்பனைகளுக்குப் பொருந்தும்.</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Subtotal</source>
        <translation>உப மொத்தம்</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>தள்ளுபடிகள்</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>கூப்பன்</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>பொருட்கள்</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>மொத்தம்</translation>
    </message>
    <message>
        <source>{name} (included)</source>
        <translation>{name} (உள்ளடங்கலாக)</translation>
    </message>
    <message>
        <source>Coupon {}</source>
        <translation>கூப்பன் {}</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Unexpected error: {}</source>
        <translation>எதிர்பாராத பிழை: {}</translation>
    </message>
</context>
<context>
    <name>UnsyncedWarning</name>
    <message>
        <source>1 sale has not reached HQ yet; it is safe on this terminal and will sync when HQ is reachable. Continue?</source>
        <translation>1 விற்பனை இன்னும் HQ ஐ அடையவில்லை; அது இந்த முனையத்தில் பாதுகாப்பாக உள்ளது, HQ ஐ அணுக முடிந்ததும் ஒத்திசைக்கப்படும். தொடரவா?</translation>
    </message>
    <message>
        <source>{n} sales have not reached HQ yet; they are safe on this terminal and will sync when HQ is reachable. Continue?</source>
        <translation>{n} விற்பனைகள் இன்னும் HQ ஐ அடையவில்லை; அவை இந்த முனையத்தில் பாதுகாப்பாக உள்ளன, HQ ஐ அணுக முடிந்ததும் ஒத்திசைக்கப்படும். தொடரவா?</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>ஷிப்ட்டை மூடு</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>வெளியேறு</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>தொடர்</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>பயனர்பெயர்</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>பதவி</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>கடைசி உள்நுழைவு</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>இரு-காரணி</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>புதிய பயனர்…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>முடக்கு</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>PIN ஐ மீளமை…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>கடவுச்சொல்லை மீளமை…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>பூட்டைத் திற</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>பதவியை மாற்று…</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>மொழி…</translation>
    </message>
    <message>
        <source>Turn off two-factor</source>
        <translation>இரு-காரணியை முடக்கு</translation>
    </message>
    <message>
        <source>My two-factor sign-in…</source>
        <translation>எனது இரு-காரணி உள்நுழைவு…</translation>
    </message>
    <message>
        <source>Require two-factor sign-in for managers and administrators</source>
        <translation>மேலாளர்களுக்கும் நிர்வாகிகளுக்கும் இரு-காரணி உள்நுழைவைக் கட்டாயமாக்கு</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>பயனர்கள்</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ஒருபோதும் இல்லை</translation>
    </message>
    <message>
        <source>On</source>
        <translation>இயக்கத்தில்</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>முடக்கத்தில்</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>முடக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>பூட்டப்பட்டது</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>இயக்கு</translation>
    </message>
    <message>
        <source>User created.</source>
        <translation>பயனர் உருவாக்கப்பட்டார்.</translation>
    </message>
    <message>
        <source>User disabled.</source>
        <translation>பயனர் முடக்கப்பட்டார்.</translation>
    </message>
    <message>
        <source>User enabled.</source>
        <translation>பயனர் இயக்கப்பட்டார்.</translation>
    </message>
    <message>
        <source>User unlocked.</source>
        <translation>பயனரின் பூட்டு திறக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>PIN ஐ மீளமை</translation>
    </message>
    <message>
        <source>New PIN for {} (4-8 digits):</source>
        <translation>{} இற்கான புதிய PIN (4-8 இலக்கங்கள்):</translation>
    </message>
    <message>
        <source>PIN changed; the account is unlocked.</source>
        <translation>PIN மாற்றப்பட்டது; கணக்கின் பூட்டு திறக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>கடவுச்சொல்லை மீளமை</translation>
    </message>
    <message>
        <source>New password for {} (at least 8 characters):</source>
        <translation>{} இற்கான புதிய கடவுச்சொல் (குறைந்தது 8 எழுத்துகள்):</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>கடவுச்சொல் மாற்றப்பட்டது.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>பதவியை மாற்று</translation>
    </message>
    <message>
        <source>Role of {}:</source>
        <translation>{} இன் பதவி:</translation>
    </message>
    <message>
        <source>Role changed.</source>
        <translation>பதவி மாற்றப்பட்டது.</translation>
    </message>
    <message>
        <source>Language of {}:</source>
        <translation>{} இன் மொழி:</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>மொழி மாற்றப்பட்டது.</translation>
    </message>
    <message>
        <source>Two-factor sign-in turned off for {}.</source>
        <translation>{} இற்கான இரு-காரணி உள்நுழைவு முடக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>சேமிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Turn off two-factor sign-in</source>
        <translation>இரு-காரணி உள்நுழைவை முடக்கு</translation>
    </message>
    <message>
        <source>Type a current code from your app (or a backup code) to turn it off:</source>
        <translation>இதை முடக்க, உங்கள் செயலியிலுள்ள தற்போதைய குறியீட்டை (அல்லது ஒரு காப்புக் குறியீட்டை) தட்டச்சு செய்யவும்:</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off.</source>
        <translation>இரு-காரணி உள்நுழைவு முடக்கத்தில் உள்ளது.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on.</source>
        <translation>இரு-காரணி உள்நுழைவு இயக்கத்தில் உள்ளது.</translation>
    </message>
</context>
<context>
    <name>VariantDialog</name>
    <message>
        <source>Variant of {}</source>
        <translation>{} இன் வகைமாற்றம்</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <source>Generate EAN-13</source>
        <translation>EAN-13 உருவாக்கு</translation>
    </message>
    <message>
        <source>blank: the product&apos;s price</source>
        <translation>காலியாக விட்டால்: பொருளின் விலை</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>தெரிவு</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>பெறுமதி</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>பார்கோடு</translation>
    </message>
    <message>
        <source>Price ({})</source>
        <translation>விலை ({})</translation>
    </message>
</context>
<context>
    <name>WarehouseDialog</name>
    <message>
        <source>New warehouse</source>
        <translation>புதிய களஞ்சியம்</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>பெயர்மாற்று</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>குறியீடு</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>முகவரி</translation>
    </message>
</context>
<context>
    <name>WarehousesPage</name>
    <message>
        <source>Code</source>
        <translation>குறியீடு</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>இயல்புநிலை</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>முகவரி</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>செயலற்றவற்றைக் காட்டு</translation>
    </message>
    <message>
        <source>New warehouse…</source>
        <translation>புதிய களஞ்சியம்…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>பெயர்மாற்று…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>செயலிழக்கச் செய்</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>மீண்டும் செயல்படுத்து</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>களஞ்சியங்கள்</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ஆம்</translation>
    </message>
    <message>
        <source>No</source>
        <translation>இல்லை</translation>
    </message>
    <message>
        <source>Choose a warehouse in the list first.</source>
        <translation>முதலில் பட்டியலில் ஒரு களஞ்சியத்தைத் தெரிவுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Warehouse {} created.</source>
        <translation>களஞ்சியம் {} உருவாக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Warehouse renamed.</source>
        <translation>களஞ்சியத்தின் பெயர் மாற்றப்பட்டது.</translation>
    </message>
    <message>
        <source>{} is now inactive.</source>
        <translation>{} இப்போது செயலற்றது.</translation>
    </message>
    <message>
        <source>{} is active again.</source>
        <translation>{} மீண்டும் செயலில் உள்ளது.</translation>
    </message>
</context>
<context>
    <name>XReportDialog</name>
    <message>
        <source>X report</source>
        <translation>X அறிக்கை</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>புதுப்பி</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>அச்சிடு</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Keyboard shortcuts (this list)</source>
        <translation>விசைப்பலகைக் குறுக்குவழிகள் (இந்தப் பட்டியல்)</translation>
    </message>
    <message>
        <source>Sell screen</source>
        <translation>விற்பனைத் திரை</translation>
    </message>
    <message>
        <source>Held tickets (recall)</source>
        <translation>நிறுத்திவைத்த பில்கள் (மீட்டெடு)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>திருப்பல்கள்</translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation>கடைசி ரசீதை மீள அச்சிடு</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>பணம் உள்ளிடல்</translation>
    </message>
    <message>
        <source>Cash out / payout</source>
        <translation>பணம் வெளியெடுப்பு / கொடுப்பனவு</translation>
    </message>
    <message>
        <source>No sale (open the drawer)</source>
        <translation>விற்பனை இல்லை (இழுப்பறையைத் திற)</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X அறிக்கை</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>ஷிப்ட்டை மூடு</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>வெளியேறு</translation>
    </message>
    <message>
        <source>Sync with HQ now</source>
        <translation>இப்போது HQ உடன் ஒத்திசை</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>பின் அலுவலகம்</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>பொருட்களைத் தேடு</translation>
    </message>
    <message>
        <source>Attach customer</source>
        <translation>வாடிக்கையாளரை இணை</translation>
    </message>
    <message>
        <source>Hold ticket</source>
        <translation>பில்லை நிறுத்திவை</translation>
    </message>
    <message>
        <source>Change quantity</source>
        <translation>அளவை மாற்று</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>உருப்படித் தள்ளுபடி</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>கூப்பன்</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>உருப்படியை நீக்கு</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>விற்பனையை ரத்துசெய்</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>செலுத்து</translation>
    </message>
    <message>
        <source>Find a sale by receipt number</source>
        <translation>ரசீது இலக்கம் மூலம் விற்பனையைத் தேடு</translation>
    </message>
    <message>
        <source>Refund the chosen items</source>
        <translation>தெரிவுசெய்த பொருட்களுக்குப் பணம் திருப்பியளி</translation>
    </message>
    <message>
        <source>Close the shift with this count</source>
        <translation>இந்த எண்ணிக்கையுடன் ஷிப்ட்டை மூடு</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>எங்கும்</translation>
    </message>
    <message>
        <source>On the sell screen</source>
        <translation>விற்பனைத் திரையில்</translation>
    </message>
    <message>
        <source>On the returns screen</source>
        <translation>திருப்பல் திரையில்</translation>
    </message>
    <message>
        <source>On the shift close screen</source>
        <translation>ஷிப்ட் மூடும் திரையில்</translation>
    </message>
</context>
</TS>
