<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TransferCard</name>
    <message>
        <source>Identity given but not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callback number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller not found in the customer records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baton::desktop::Desktop</name>
    <message>
        <source>No site runs on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the desktop has the agent workspace only; user %1 is a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is not a routing agent, so there is nothing to take calls as.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baton::models::AgentSession</name>
    <message>
        <source>This account is disabled. Ask your administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop and the router speak different protocol versions. Update the desktop to match the router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router&apos;s certificate is not trusted (%1). Ask your administrator to install the site&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the router. Check the address and your network. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router is not available right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is no longer possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router reported a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in on another desktop, so this one was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baton::models::ContactsModel</name>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baton::models::HistoryModel</name>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baton::models::ScriptModel</name>
    <message>
        <source>No script is live for this business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live script could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue words: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baton::ui::AgentWorkspace</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up time ran out; the conversation was recorded without an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next script stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous script stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming %1: %2 · VIP %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer of contact %1 timed out and went to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer of contact %1 was withdrawn (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s to accept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n handled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>average %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the next contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not taking contacts. Press Ready (F2) when you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined by the agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baton::ui::ContactPage</name>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, what was promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish wrap-up (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the customer; Enter sends, Shift+Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned responses from the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrap-up ends by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up (untimed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baton::ui::HistoryPanel</name>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter history (business, summary, notes…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No customer record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer rating: %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baton::ui::KnowledgePanel</name>
    <message>
        <source>Search the knowledge base (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 5,000 articles match; the best are first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::ui::MainWindow</name>
    <message>
        <source>Baton — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go &amp;offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop taking contacts and appear offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Baton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Baton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baton %1 — the agent&apos;s workstation where an IVR or bot hands the customer to a person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baton::ui::ScriptPanel</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script for the contact you take appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous stage (Ctrl+[)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stage (Ctrl+])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baton::ui::SignInDialog</name>
    <message>
        <source>On &amp;this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the site&apos;s &amp;router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Baton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site is set up on this computer; start Baton with --config to run one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must look like wss://host:port (or ws:// on a trusted network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the agent you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baton::ui::TransferCardWidget</name>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · VIP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upset customer: empathise first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baton::ui::TransferDialog</name>
    <message>
        <source>To a skill &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To an &amp;agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the next agent: what is done, what the customer still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
