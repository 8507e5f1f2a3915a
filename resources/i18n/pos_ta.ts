<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_LK">
<context>
    <name></name>
    <message>
        <source>&amp;Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale (open drawer)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out / payout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync inbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager&apos;s username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the manager&apos;s username and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval failed: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashDialog</name>
    <message>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale: open the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout (paid to someone, e.g. a supplier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the drawer is opened (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the cash drawer without a sale. It is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. change from the safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. drop to the safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale recorded; opening the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} recorded: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, name or loyalty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer found. Create one below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DenominationCount</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll this terminal with HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is not set up yet. Enter HQ&apos;s address and the enrollment code a manager created for this store (pos-hq enroll-code). The code works once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://hq.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Till 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the enrollment code HQ gave for this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this terminal a name, for example Till 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting HQ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled as device {} of store {}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <source>Held tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets are held on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineEditing</name>
    <message>
        <source>There is no line to change: scan an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh {}: type the weight in kg and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount of {percent}% is above {name}&apos;s limit of {limit}%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my password instead of the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name or type your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total due {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LankaQR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayHere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (terminal slip, transaction id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete sale (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (up to {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received (empty: exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of points to redeem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {} points can be redeemed on this sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cash can be more than what is due: at most {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reference (terminal slip or transaction id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({} points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {number} · total {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} awaits verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt sent to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt queued — the printer is not ready ({}). The sale is saved; reprint from the Till menu if it does not print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt not queued ({}). The sale is saved: reprint from the Till menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Print queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintStatusBridge</name>
    <message>
        <source>{0} not printed: {1}. It is kept in the print queue for reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} waiting: {1}. Retrying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network (IP address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm (48 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm (32 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor id (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product id (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a printer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test page to {0}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test page printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test print failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test page is still waiting in the print queue. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the printer worker running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnLinesTable</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsScreen</name>
    <message>
        <source>Scan or type a receipt number to start a return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card refund slip or transaction reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it comes back, e.g. damaged, wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund chosen items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original payment method(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {number} · {when} · total {total} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document cannot be returned against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a quantity to return on at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded {total} on return {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer {} in cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} points given back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund on receipt {}: a manager must approve.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleFinder</name>
    <message>
        <source>scan or type the receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer name, phone or card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt? Find the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When / customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleFlows</name>
    <message>
        <source>Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every item off this sale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt copy queued for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is empty: scan or add an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale {number} saved. Change {change}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held as “{}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search by name, SKU or barcode (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellScreen</name>
    <message>
        <source>No product matches “{}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity / weight (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount: 10% or 150.00 (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon code (Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale (Shift+F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint last (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAY (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns are not available on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer (F4 or scan a loyalty card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} points ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeemable now: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellMenus</name>
    <message>
        <source>Held tickets are not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not running in this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with HQ…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftCloseScreen</name>
    <message>
        <source>Refresh X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report (the shift so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note (optional): why the drawer is over or short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift and print Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond the {} limit: a manager must approve this count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is {} {}. A manager must approve closing with this count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed: the over/short needs a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed: Z report {}, {} {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftOpenDialog</name>
    <message>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open on this till. Count the cash in the drawer and enter the opening float to start selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the float by note and coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the opening float (0 if the drawer is empty).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync could not start: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is not enrolled with HQ: there is nothing to sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncInboxScreen</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark selected alerts read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person (sync inbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected customer, merge the others of its group into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer to keep (choosing a group keeps its oldest). The others are merged into it: their points and purchases count for the one kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers can open the sync inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same card {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by HQ ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative points ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not running in this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{} pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last success {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last error: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with HQ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the alerts to mark read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why these customers are the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged 1 customer into the one kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged {} customers into the one kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync inbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are kept on this terminal until HQ receives them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ cannot be reached. Selling goes on; changes wait on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ refused this terminal; sync has stopped until a manager checks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is not enrolled with HQ: it works on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changes wait for HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest waiting since {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: {time} ({ago} ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successful sync yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changes were refused by HQ: see the sync inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {m} minutes off HQ&apos;s: please correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is not enrolled with HQ: there is nothing to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with HQ…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XReportDialog</name>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Keyboard shortcuts (this list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held tickets (recall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out / payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale (open the drawer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with HQ now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a sale by receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund the chosen items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shift with this count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>This account is locked after too many wrong attempts. Try again in 1 minute, or ask a manager to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong attempts. Try again in %n minutes, or ask a manager to unlock it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
