<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TransferCard</name>
    <message>
        <source>Identity given but not verified</source>
        <translation>Identity given but not verified</translation>
    </message>
    <message>
        <source>No identity given</source>
        <translation>No identity given</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>No reason given</translation>
    </message>
    <message>
        <source>No callback number</source>
        <translation>No callback number</translation>
    </message>
    <message>
        <source>Caller not found in the customer records</source>
        <translation>Caller not found in the customer records</translation>
    </message>
</context>
<context>
    <name>baton::core::DecisionTrace</name>
    <message>
        <source>rule &quot;%1&quot; matched</source>
        <translation>rule &quot;%1&quot; matched</translation>
    </message>
    <message>
        <source>no rule matched, default route</source>
        <translation>no rule matched, default route</translation>
    </message>
    <message>
        <source>VIP %1 from attribute %2=%3</source>
        <translation>VIP %1 from attribute %2=%3</translation>
    </message>
    <message>
        <source>VIP %1 from entry parameter %2=%3</source>
        <translation>VIP %1 from entry parameter %2=%3</translation>
    </message>
    <message>
        <source>entry parameter %1=%2 is not a level 0–10, ignored</source>
        <translation>entry parameter %1=%2 is not a level 0–10, ignored</translation>
    </message>
    <message>
        <source>VIP %1 set by rule &quot;%2&quot;</source>
        <translation>VIP %1 set by rule &quot;%2&quot;</translation>
    </message>
    <message>
        <source>VIP raised to %1 by rule &quot;%2&quot;</source>
        <translation>VIP raised to %1 by rule &quot;%2&quot;</translation>
    </message>
    <message>
        <source>VIP %1 (no level given)</source>
        <translation>VIP %1 (no level given)</translation>
    </message>
    <message>
        <source>sent to the bot (%1)</source>
        <translation>sent to the bot (%1)</translation>
    </message>
    <message>
        <source>outside business hours of %1: %2</source>
        <translation>outside business hours of %1: %2</translation>
    </message>
    <message>
        <source>%1 rated %2★ by this customer, excluded</source>
        <translation>%1 rated %2★ by this customer, excluded</translation>
    </message>
    <message>
        <source>dedicated agent %1 %2, skipped</source>
        <translation>dedicated agent %1 %2, skipped</translation>
    </message>
    <message>
        <source>dedicated agent %1 busy, waiting up to %2 s</source>
        <translation>dedicated agent %1 busy, waiting up to %2 s</translation>
    </message>
    <message>
        <source>dedicated agent %1 busy, waited %2 s</source>
        <translation>dedicated agent %1 busy, waited %2 s</translation>
    </message>
    <message>
        <source>last agent %1 %2, skipped</source>
        <translation>last agent %1 %2, skipped</translation>
    </message>
    <message>
        <source>last agent %1 busy, waiting up to %2 s</source>
        <translation>last agent %1 busy, waiting up to %2 s</translation>
    </message>
    <message>
        <source>last agent %1 busy, waited %2 s</source>
        <translation>last agent %1 busy, waited %2 s</translation>
    </message>
    <message>
        <source>last agent %1 served %2 days ago, beyond the look-back</source>
        <translation>last agent %1 served %2 days ago, beyond the look-back</translation>
    </message>
    <message>
        <source>queued in skill group %1</source>
        <translation>queued in skill group %1</translation>
    </message>
    <message>
        <source>overflowed to %1 after %2 s</source>
        <translation>overflowed to %1 after %2 s</translation>
    </message>
    <message>
        <source>maximum wait reached after %1 s: %2</source>
        <translation>maximum wait reached after %1 s: %2</translation>
    </message>
    <message>
        <source>offered to %1 in %2 by %3</source>
        <translation>offered to %1 in %2 by %3</translation>
    </message>
    <message>
        <source>offered to dedicated agent %1</source>
        <translation>offered to dedicated agent %1</translation>
    </message>
    <message>
        <source>offered to last agent %1</source>
        <translation>offered to last agent %1</translation>
    </message>
    <message>
        <source>offered to %1, to whom it was transferred</source>
        <translation>offered to %1, to whom it was transferred</translation>
    </message>
    <message>
        <source>%1 declined</source>
        <translation>%1 declined</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 did not answer in time</translation>
    </message>
    <message>
        <source>offer to %1 withdrawn (%2)</source>
        <translation>offer to %1 withdrawn (%2)</translation>
    </message>
    <message>
        <source>routed to %1 in skill group %2 after %3 s</source>
        <translation>routed to %1 in skill group %2 after %3 s</translation>
    </message>
    <message>
        <source>transferred by %1 to %2</source>
        <translation>transferred by %1 to %2</translation>
    </message>
    <message>
        <source>level set to %1 by %2</source>
        <translation>level set to %1 by %2</translation>
    </message>
    <message>
        <source>moved to %1 by %2</source>
        <translation>moved to %1 by %2</translation>
    </message>
    <message>
        <source>the router restarted; waiting since %1 s, offered again</source>
        <translation>the router restarted; waiting since %1 s, offered again</translation>
    </message>
    <message>
        <source>longest idle</source>
        <translation>longest idle</translation>
    </message>
    <message>
        <source>fewest contacts today</source>
        <translation>fewest contacts today</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>round robin</translation>
    </message>
    <message>
        <source>highest proficiency</source>
        <translation>highest proficiency</translation>
    </message>
    <message>
        <source>callback request</source>
        <translation>callback request</translation>
    </message>
    <message>
        <source>leave a message</source>
        <translation>leave a message</translation>
    </message>
    <message>
        <source>bot only</source>
        <translation>bot only</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>voice</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>app</source>
        <translation>app</translation>
    </message>
    <message>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <source>is busy</source>
        <translation>is busy</translation>
    </message>
    <message>
        <source>is offline</source>
        <translation>is offline</translation>
    </message>
    <message>
        <source>is not an agent of this site</source>
        <translation>is not an agent of this site</translation>
    </message>
    <message>
        <source>the agent signed out</source>
        <translation>the agent signed out</translation>
    </message>
    <message>
        <source>the agent went not ready</source>
        <translation>the agent went not ready</translation>
    </message>
    <message>
        <source>reception: %1</source>
        <translation>reception: %1</translation>
    </message>
    <message>
        <source>does not serve %1</source>
        <translation>does not serve %1</translation>
    </message>
    <message>
        <source>bot first</source>
        <translation>bot first</translation>
    </message>
    <message>
        <source>human first</source>
        <translation>human first</translation>
    </message>
    <message>
        <source>human only</source>
        <translation>human only</translation>
    </message>
    <message>
        <source>by customer</source>
        <translation>by customer</translation>
    </message>
    <message>
        <source>by caller number</source>
        <translation>by caller number</translation>
    </message>
    <message>
        <source>by contact</source>
        <translation>by contact</translation>
    </message>
    <message>
        <source>variant %1 of experiment %2 (%3)</source>
        <translation>variant %1 of experiment %2 (%3)</translation>
    </message>
</context>
<context>
    <name>baton::desktop::Desktop</name>
    <message>
        <source>No site runs on this computer.</source>
        <translation>No site runs on this computer.</translation>
    </message>
    <message>
        <source>User %1 is not set up as an agent and cannot take contacts.</source>
        <translation>User %1 is not set up as an agent and cannot take contacts.</translation>
    </message>
    <message>
        <source>User %1 is an integration (IVR or bot) account; it cannot use the desktop.</source>
        <translation>User %1 is an integration (IVR or bot) account; it cannot use the desktop.</translation>
    </message>
    <message>
        <source>This computer does not run the site: only a desktop that runs it can host it.</source>
        <translation>This computer does not run the site: only a desktop that runs it can host it.</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>Other desktops cannot connect: %1</source>
        <translation>Other desktops cannot connect: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hosting at %1: %n desktop(s) connected</source>
        <translation>
            <numerusform>Hosting at %1: %n desktop connected</numerusform>
            <numerusform>Hosting at %1: %n desktops connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::models::AgentSession</name>
    <message>
        <source>This account is disabled. Ask your administrator to enable it.</source>
        <translation>This account is disabled. Ask your administrator to enable it.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins (%1).</source>
        <translation>This account is locked after too many failed sign-ins (%1).</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>You are signed out: %1</source>
        <translation>You are signed out: %1</translation>
    </message>
    <message>
        <source>This desktop and the router speak different protocol versions. Update the desktop to match the router.</source>
        <translation>This desktop and the router speak different protocol versions. Update the desktop to match the router.</translation>
    </message>
    <message>
        <source>The router&apos;s certificate is not trusted (%1). Ask your administrator to install the site&apos;s certificate.</source>
        <translation>The router&apos;s certificate is not trusted (%1). Ask your administrator to install the site&apos;s certificate.</translation>
    </message>
    <message>
        <source>Cannot reach the router. Check the address and your network. (%1)</source>
        <translation>Cannot reach the router. Check the address and your network. (%1)</translation>
    </message>
    <message>
        <source>The router is not available right now: %1</source>
        <translation>The router is not available right now: %1</translation>
    </message>
    <message>
        <source>Your role does not allow this: %1</source>
        <translation>Your role does not allow this: %1</translation>
    </message>
    <message>
        <source>That is no longer possible: %1</source>
        <translation>That is no longer possible: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Not found: %1</translation>
    </message>
    <message>
        <source>Please check your input: %1</source>
        <translation>Please check your input: %1</translation>
    </message>
    <message>
        <source>Too many requests; wait a moment and try again.</source>
        <translation>Too many requests; wait a moment and try again.</translation>
    </message>
    <message>
        <source>The router reported a problem: %1</source>
        <translation>The router reported a problem: %1</translation>
    </message>
    <message>
        <source>You signed in on another desktop, so this one was signed out.</source>
        <translation>You signed in on another desktop, so this one was signed out.</translation>
    </message>
</context>
<context>
    <name>baton::models::AgentsModel</name>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>In conversation</source>
        <translation>In conversation</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Skill groups (proficiency)</source>
        <translation>Skill groups (proficiency)</translation>
    </message>
    <message>
        <source>Contacts now</source>
        <translation>Contacts now</translation>
    </message>
    <message>
        <source>Contacts today</source>
        <translation>Contacts today</translation>
    </message>
</context>
<context>
    <name>baton::models::AlertsModel</name>
    <message>
        <source>%1: contact %2 has waited past the alert threshold</source>
        <translation>%1: contact %2 has waited past the alert threshold</translation>
    </message>
    <message>
        <source>%1: service level below target</source>
        <translation>%1: service level below target</translation>
    </message>
    <message>
        <source>%1: contacts waiting and no agent available</source>
        <translation>%1: contacts waiting and no agent available</translation>
    </message>
    <message>
        <source>%1 has been in wrap-up a long time</source>
        <translation>%1 has been in wrap-up a long time</translation>
    </message>
    <message>
        <source>%1 has been not ready a long time</source>
        <translation>%1 has been not ready a long time</translation>
    </message>
</context>
<context>
    <name>baton::models::ContactsModel</name>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>incoming</translation>
    </message>
    <message>
        <source>wrap-up</source>
        <translation>wrap-up</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::models::HistoryModel</name>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>baton::models::JourneyListModel</name>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Hung up while waiting</source>
        <translation>Hung up while waiting</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>A journey whose end the router did not record (it stopped without storing it).</extracomment>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Overflowed to %1</source>
        <translation>Overflowed to %1</translation>
    </message>
    <message>
        <source>After hours: %1</source>
        <translation>After hours: %1</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>Came in</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Took</source>
        <extracomment>Column header: from coming in to the end of the journey.</extracomment>
        <translation>Took</translation>
    </message>
    <message>
        <source>Left to the bot</source>
        <extracomment>A journey&apos;s outcome: the router handed the contact to a chat bot (bot-only or bot-first reception).</extracomment>
        <translation>Left to the bot</translation>
    </message>
</context>
<context>
    <name>baton::models::JourneyView</name>
    <message>
        <source>a callback request</source>
        <translation>a callback request</translation>
    </message>
    <message>
        <source>leaving a message</source>
        <translation>leaving a message</translation>
    </message>
    <message>
        <source>the bot</source>
        <translation>the bot</translation>
    </message>
    <message>
        <source>bot first</source>
        <translation>bot first</translation>
    </message>
    <message>
        <source>bot only</source>
        <translation>bot only</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>Came in</translation>
    </message>
    <message>
        <source>IVR: %1</source>
        <translation>IVR: %1</translation>
    </message>
    <message numerus="yes">
        <source>bot conversation: %n turn(s)</source>
        <translation>
            <numerusform>bot conversation: %n turn</numerusform>
            <numerusform>bot conversation: %n turns</numerusform>
        </translation>
    </message>
    <message>
        <source>wants: %1</source>
        <translation>wants: %1</translation>
    </message>
    <message>
        <source>Sent to the bot (%1)</source>
        <translation>Sent to the bot (%1)</translation>
    </message>
    <message>
        <source>Queued in %1 at VIP level %2, told position %3</source>
        <translation>Queued in %1 at VIP level %2, told position %3</translation>
    </message>
    <message>
        <source>, about %1 to wait</source>
        <translation>, about %1 to wait</translation>
    </message>
    <message>
        <source>Offered to %1 after %2 waiting</source>
        <translation>Offered to %1 after %2 waiting</translation>
    </message>
    <message>
        <source>%1 declined it</source>
        <translation>%1 declined it</translation>
    </message>
    <message>
        <source>%1 did not accept in time</source>
        <translation>%1 did not accept in time</translation>
    </message>
    <message>
        <source>The offer to %1 was withdrawn</source>
        <translation>The offer to %1 was withdrawn</translation>
    </message>
    <message>
        <source>Answered by %1 (%2) after %3 waiting</source>
        <translation>Answered by %1 (%2) after %3 waiting</translation>
    </message>
    <message>
        <source>%1 transferred it to %2</source>
        <translation>%1 transferred it to %2</translation>
    </message>
    <message>
        <source>%1 transferred it to %2: “%3”</source>
        <translation>%1 transferred it to %2: “%3”</translation>
    </message>
    <message>
        <source>%1 ended the conversation after %2</source>
        <translation>%1 ended the conversation after %2</translation>
    </message>
    <message>
        <source>Overflowed from %1 to %2 after %3</source>
        <translation>Overflowed from %1 to %2 after %3</translation>
    </message>
    <message>
        <source>Left %1 after %2 for %3</source>
        <translation>Left %1 after %2 for %3</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 by %3</source>
        <translation>Moved from %1 to %2 by %3</translation>
    </message>
    <message>
        <source>VIP level set to %1 by %2</source>
        <translation>VIP level set to %1 by %2</translation>
    </message>
    <message>
        <source>Hung up after %1 waiting in %2</source>
        <translation>Hung up after %1 waiting in %2</translation>
    </message>
    <message>
        <source>Outside opening hours: offered %1</source>
        <translation>Outside opening hours: offered %1</translation>
    </message>
    <message>
        <source>The router restarted and carried on with it</source>
        <translation>The router restarted and carried on with it</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>%1, still in the centre</source>
        <translation>%1, still in the centre</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Went on as %1 (%2)</source>
        <translation>Went on as %1 (%2)</translation>
    </message>
</context>
<context>
    <name>baton::models::QueueDashboardModel</name>
    <message>
        <source>Skill group</source>
        <translation>Skill group</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Est. wait</source>
        <translation>Est. wait</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Answered / entered</source>
        <translation>Answered / entered</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>ASA</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <extracomment>Column header: the share of contacts that hung up while waiting, in percent.</extracomment>
        <translation>Abandonment</translation>
    </message>
    <message>
        <source>Nobody is free for a contact now</source>
        <translation>Nobody is free for a contact now</translation>
    </message>
    <message>
        <source>Free for: %1</source>
        <translation>Free for: %1</translation>
    </message>
</context>
<context>
    <name>baton::models::ReportModel</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Skill group</source>
        <translation>Skill group</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>FCR</source>
        <extracomment>First-contact resolution: the customer did not come back on the same business within N days.</extracomment>
        <translation>FCR</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <translation>Abandonment</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>ASA</translation>
    </message>
    <message>
        <source>Rule variant</source>
        <translation>Rule variant</translation>
    </message>
</context>
<context>
    <name>baton::models::ReviewListModel</name>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Skill group</source>
        <translation>Skill group</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>QA</source>
        <extracomment>Column header: whether a QA review of the interaction exists.</extracomment>
        <translation>QA</translation>
    </message>
</context>
<context>
    <name>baton::models::ScriptEditor</name>
    <message>
        <source>The draft could not be read: %1</source>
        <translation>The draft could not be read: %1</translation>
    </message>
</context>
<context>
    <name>baton::models::ScriptModel</name>
    <message>
        <source>No script is live for this business.</source>
        <translation>No script is live for this business.</translation>
    </message>
    <message>
        <source>The live script could not be read: %1</source>
        <translation>The live script could not be read: %1</translation>
    </message>
    <message>
        <source>Cue words: %1</source>
        <translation>Cue words: %1</translation>
    </message>
</context>
<context>
    <name>baton::models::WaitingModel</name>
    <message>
        <source>being offered</source>
        <translation>being offered</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP level</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>Position told</source>
        <extracomment>Column header: the queue position last announced to the customer (counting only their own VIP level).</extracomment>
        <translation>Position told</translation>
    </message>
    <message>
        <source>Est. wait</source>
        <translation>Est. wait</translation>
    </message>
    <message>
        <source>Offer</source>
        <extracomment>Column header: the agent the contact is being offered to right now.</extracomment>
        <translation>Offer</translation>
    </message>
</context>
<context>
    <name>baton::ui::AgentWorkspace</name>
    <message>
        <source>Wrap-up time ran out; the conversation was recorded without an outcome.</source>
        <translation>Wrap-up time ran out; the conversation was recorded without an outcome.</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>&amp;Ready</translation>
    </message>
    <message>
        <source>&amp;Not ready</source>
        <translation>&amp;Not ready</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Decline</translation>
    </message>
    <message>
        <source>&amp;End conversation</source>
        <translation>&amp;End conversation</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>Next script stage</source>
        <translation>Next script stage</translation>
    </message>
    <message>
        <source>Previous script stage</source>
        <translation>Previous script stage</translation>
    </message>
    <message>
        <source>Search knowledge</source>
        <translation>Search knowledge</translation>
    </message>
    <message>
        <source>Incoming %1: %2 · VIP %3 · %4</source>
        <translation>Incoming %1: %2 · VIP %3 · %4</translation>
    </message>
    <message>
        <source>Incoming contact</source>
        <translation>Incoming contact</translation>
    </message>
    <message>
        <source>The offer of contact %1 timed out and went to someone else.</source>
        <translation>The offer of contact %1 timed out and went to someone else.</translation>
    </message>
    <message>
        <source>The offer of contact %1 was withdrawn (%2).</source>
        <translation>The offer of contact %1 was withdrawn (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n s to accept</source>
        <translation>
            <numerusform>%n s to accept</numerusform>
            <numerusform>%n s to accept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n handled</source>
        <extracomment>%n is the number of contacts (calls, chats, …) the agent finished today.</extracomment>
        <translation>
            <numerusform>Today: %n handled</numerusform>
            <numerusform>Today: %n handled</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Groups: %1</translation>
    </message>
    <message>
        <source>Waiting for the next contact…</source>
        <translation>Waiting for the next contact…</translation>
    </message>
    <message>
        <source>You are not taking contacts. Press Ready (F2) when you are.</source>
        <translation>You are not taking contacts. Press Ready (F2) when you are.</translation>
    </message>
    <message>
        <source>Not ready (no reason)</source>
        <translation>Not ready (no reason)</translation>
    </message>
    <message>
        <source>average handle time %1:%2</source>
        <translation>average handle time %1:%2</translation>
    </message>
    <message>
        <source>missed offer</source>
        <translation>missed offer</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>signed out</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connection lost</translation>
    </message>
    <message>
        <source>declined an offer</source>
        <translation>declined an offer</translation>
    </message>
    <message>
        <source>Continue as a &amp;call</source>
        <translation>Continue as a &amp;call</translation>
    </message>
    <message>
        <source>Continue as a &amp;chat</source>
        <translation>Continue as a &amp;chat</translation>
    </message>
</context>
<context>
    <name>baton::ui::ContactPage</name>
    <message>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation>Finish wrap-up</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>What was done, what was promised</source>
        <translation>What was done, what was promised</translation>
    </message>
    <message>
        <source>Finish wrap-up (Ctrl+Enter)</source>
        <translation>Finish wrap-up (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Write to the customer; Enter sends, Shift+Enter for a new line</source>
        <translation>Write to the customer; Enter sends, Shift+Enter for a new line</translation>
    </message>
    <message>
        <source>Canned responses from the script</source>
        <translation>Canned responses from the script</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Send (Enter)</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>Canned response…</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrap-up ends by itself</source>
        <translation>Wrap-up ends by itself</translation>
    </message>
    <message>
        <source>Wrap-up (untimed)</source>
        <translation>Wrap-up (untimed)</translation>
    </message>
    <message>
        <source>Chat (%1)</source>
        <translation>Chat (%1)</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>Follow up on %1</translation>
    </message>
</context>
<context>
    <name>baton::ui::GroupChart</name>
    <message>
        <source>Waiting (most in 15 min)</source>
        <translation>Waiting (most in 15 min)</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>%1 today, by 15 minutes</source>
        <translation>%1 today, by 15 minutes</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>Service level (%)</translation>
    </message>
</context>
<context>
    <name>baton::ui::HistoryPanel</name>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Filter history (business, summary, notes…)</source>
        <translation>Filter history (business, summary, notes…)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer record</source>
        <translation>No customer record</translation>
    </message>
    <message>
        <source>IVR path: %1</source>
        <translation>IVR path: %1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Summary: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Customer rating: %1 of 5</source>
        <translation>Customer rating: %1 of 5</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) so far</source>
        <translation>
            <numerusform>%n interaction so far</numerusform>
            <numerusform>%n interactions so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::ui::HostDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM files (*.pem *.crt *.key);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Let the other desktops of this site connect to this computer</source>
        <translation>&amp;Let the other desktops of this site connect to this computer</translation>
    </message>
    <message>
        <source>Host this site for other desktops</source>
        <translation>Host this site for other desktops</translation>
    </message>
    <message>
        <source>none: ws:// without encryption</source>
        <translation>none: ws:// without encryption</translation>
    </message>
    <message>
        <source>the certificate&apos;s private key (PEM, not encrypted)</source>
        <translation>the certificate&apos;s private key (PEM, not encrypted)</translation>
    </message>
    <message>
        <source>&amp;Address and port:</source>
        <translation>&amp;Address and port:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificate:</translation>
    </message>
    <message>
        <source>The site&apos;s certificate</source>
        <translation>The site&apos;s certificate</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key</source>
        <translation>The certificate&apos;s private key</translation>
    </message>
    <message>
        <source>“%1” is not an address and port, e.g. 0.0.0.0:8765 (every network) or 192.168.1.20:8765.</source>
        <translation>“%1” is not an address and port, e.g. 0.0.0.0:8765 (every network) or 192.168.1.20:8765.</translation>
    </message>
    <message>
        <source>Give both the certificate and its key, or neither.</source>
        <translation>Give both the certificate and its key, or neither.</translation>
    </message>
    <message>
        <source>Without a certificate, passwords cross the network unencrypted: use this only on a network you trust.</source>
        <translation>Without a certificate, passwords cross the network unencrypted: use this only on a network you trust.</translation>
    </message>
    <message>
        <source>The other desktops choose “On the site&apos;s router” when they sign in and enter this computer&apos;s address, e.g. ws://%1 (wss:// with a certificate). They sign in with the users of this site&apos;s database — add them with &lt;code&gt;baton-admin user add NAME --role agent --agent ID --db %2&lt;/code&gt;. Your own sign-in on this computer does not change.</source>
        <translation>The other desktops choose “On the site&apos;s router” when they sign in and enter this computer&apos;s address, e.g. ws://%1 (wss:// with a certificate). They sign in with the users of this site&apos;s database — add them with &lt;code&gt;baton-admin user add NAME --role agent --agent ID --db %2&lt;/code&gt;. Your own sign-in on this computer does not change.</translation>
    </message>
</context>
<context>
    <name>baton::ui::JourneyPanel</name>
    <message>
        <source>Any outcome</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <source>Overflowed</source>
        <extracomment>Filter of journeys: those that left a queue for a fallback (callback, message, bot).</extracomment>
        <translation>Overflowed</translation>
    </message>
    <message>
        <source>After hours</source>
        <extracomment>Filter of journeys: those that came outside opening hours.</extracomment>
        <translation>After hours</translation>
    </message>
    <message>
        <source>Any skill group</source>
        <translation>Any skill group</translation>
    </message>
    <message>
        <source>Customer name or number</source>
        <translation>Customer name or number</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Select a contact to see its journey.</source>
        <translation>Select a contact to see its journey.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Its way through the centre&lt;/b&gt;</source>
        <translation>&lt;b&gt;Its way through the centre&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The agents who served it&lt;/b&gt;</source>
        <translation>&lt;b&gt;The agents who served it&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unknown caller</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entry %1</translation>
    </message>
    <message>
        <source>rated %1/5</source>
        <translation>rated %1/5</translation>
    </message>
    <message>
        <source>No agent&apos;s part is in the history (an unknown caller, or nobody answered).</source>
        <translation>No agent&apos;s part is in the history (an unknown caller, or nobody answered).</translation>
    </message>
</context>
<context>
    <name>baton::ui::KnowledgePanel</name>
    <message>
        <source>Search the knowledge base (Ctrl+K)</source>
        <translation>Search the knowledge base (Ctrl+K)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation>No articles match.</translation>
    </message>
    <message>
        <source>More than 5,000 articles match; the best are first.</source>
        <translation>More than 5,000 articles match; the best are first.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match.</source>
        <translation>
            <numerusform>%n article matches.</numerusform>
            <numerusform>%n articles match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::ui::MainWindow</name>
    <message>
        <source>Baton — %1 (%2)</source>
        <translation>Baton — %1 (%2)</translation>
    </message>
    <message>
        <source>local site</source>
        <translation>local site</translation>
    </message>
    <message>
        <source>&amp;Baton</source>
        <translation>&amp;Baton</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Agent</translation>
    </message>
    <message>
        <source>Go &amp;offline</source>
        <translation>Go &amp;offline</translation>
    </message>
    <message>
        <source>Stop taking contacts and appear offline</source>
        <translation>Stop taking contacts and appear offline</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Baton</source>
        <translation>&amp;About Baton</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Connection lost — reconnecting…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation>Finish wrap-up</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About Baton</source>
        <translation>About Baton</translation>
    </message>
    <message>
        <source>Baton %1 — the agent&apos;s workstation where an IVR or bot hands the customer to a person.</source>
        <translation>Baton %1 — the agent&apos;s workstation where an IVR or bot hands the customer to a person.</translation>
    </message>
    <message>
        <source>My desk</source>
        <translation>My desk</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>&amp;Start Baton when I log in</source>
        <translation>&amp;Start Baton when I log in</translation>
    </message>
    <message>
        <source>Show Baton</source>
        <translation>Show Baton</translation>
    </message>
    <message>
        <source>Could not change starting at log-in: %1</source>
        <translation>Could not change starting at log-in: %1</translation>
    </message>
    <message>
        <source>Baton will start when you log in.</source>
        <translation>Baton will start when you log in.</translation>
    </message>
    <message>
        <source>Baton will no longer start when you log in.</source>
        <translation>Baton will no longer start when you log in.</translation>
    </message>
    <message>
        <source>&amp;Coaching notes…</source>
        <translation>&amp;Coaching notes…</translation>
    </message>
    <message>
        <source>What trainers noted for you when they reviewed your conversations</source>
        <translation>What trainers noted for you when they reviewed your conversations</translation>
    </message>
    <message>
        <source>Attitude %1 · knowledge %2 · efficiency %3 · script adherence %4 (of 5)</source>
        <translation>Attitude %1 · knowledge %2 · efficiency %3 · script adherence %4 (of 5)</translation>
    </message>
    <message>
        <source>No coaching notes yet. When a trainer reviews one of your conversations and leaves a note, it is shown here.</source>
        <translation>No coaching notes yet. When a trainer reviews one of your conversations and leaves a note, it is shown here.</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Coaching notes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Journeys</source>
        <extracomment>Page title: each customer&apos;s way through the centre (IVR, bot, queues, agents, outcome).</extracomment>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>&amp;Host this site for other desktops…</source>
        <translation>&amp;Host this site for other desktops…</translation>
    </message>
</context>
<context>
    <name>baton::ui::QaTrendChart</name>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>Script adherence</source>
        <translation>Script adherence</translation>
    </message>
    <message>
        <source>QA trend</source>
        <translation>QA trend</translation>
    </message>
    <message>
        <source>QA trend of %1, last 30 days</source>
        <translation>QA trend of %1, last 30 days</translation>
    </message>
</context>
<context>
    <name>baton::ui::RebalanceDialog</name>
    <message>
        <source>unbounded</source>
        <extracomment>The predicted average speed of answer when the group cannot keep up: waits grow without limit.</extracomment>
        <translation>unbounded</translation>
    </message>
    <message numerus="yes">
        <source>Move %n agent(s)</source>
        <translation>
            <numerusform>Move %n agent</numerusform>
            <numerusform>Move %n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>(keep their other groups)</source>
        <translation>(keep their other groups)</translation>
    </message>
    <message>
        <source>Skill group</source>
        <translation>Skill group</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>Calls per hour</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>ASA</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>&amp;To group:</source>
        <translation>&amp;To group:</translation>
    </message>
    <message>
        <source>&amp;From group:</source>
        <translation>&amp;From group:</translation>
    </message>
    <message>
        <source>&amp;Proficiency there:</source>
        <translation>&amp;Proficiency there:</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <extracomment>Column of the what-if: the share of callers predicted to hang up before an answer.</extracomment>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Column of the what-if: which queueing model predicted the row.</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Predictions: Erlang A from each group&apos;s calls per hour over the last hour (or since this dashboard opened, once that is 5 minutes; before that, today&apos;s average), its average handle time and its callers&apos; mean patience; Erlang C while nobody has hung up waiting yet. Before → after. Apply takes effect in routing at once, is written to the audit log, and can be undone.</source>
        <translation>Predictions: Erlang A from each group&apos;s calls per hour over the last hour (or since this dashboard opened, once that is 5 minutes; before that, today&apos;s average), its average handle time and its callers&apos; mean patience; Erlang C while nobody has hung up waiting yet. Before → after. Apply takes effect in routing at once, is written to the audit log, and can be undone.</translation>
    </message>
    <message>
        <source>Erlang A (patience %1)</source>
        <translation>Erlang A (patience %1)</translation>
    </message>
    <message>
        <source>Erlang C</source>
        <translation>Erlang C</translation>
    </message>
</context>
<context>
    <name>baton::ui::ReportPanel</name>
    <message>
        <source>By skill group</source>
        <translation>By skill group</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>By agent</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>FCR within </source>
        <extracomment>First-contact resolution counts a contact resolved when the customer does not come back within this many days.</extracomment>
        <translation>FCR within </translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>A contact counts as resolved at first contact when the customer does not contact the centre again about the same business within this many days.</source>
        <translation>A contact counts as resolved at first contact when the customer does not contact the centre again about the same business within this many days.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <source>Handled, AHT, CSAT, transfers and FCR come from the conversations agents finished; entered, answered, abandonment, service level and ASA from each group&apos;s queue. Days are the site&apos;s days.</source>
        <translation>Handled, AHT, CSAT, transfers and FCR come from the conversations agents finished; entered, answered, abandonment, service level and ASA from each group&apos;s queue. Days are the site&apos;s days.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>The last day is before the first.</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>The report was not saved: %1</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Report saved to %1.</translation>
    </message>
    <message>
        <source>By rule variant (A/B)</source>
        <extracomment>Report grouping: compare the A/B variants of the routing rules running on a traffic split.</extracomment>
        <translation>By rule variant (A/B)</translation>
    </message>
</context>
<context>
    <name>baton::ui::ReviewPanel</name>
    <message>
        <source>&amp;Not reviewed yet</source>
        <translation>&amp;Not reviewed yet</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;Save review</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Any rating</translation>
    </message>
    <message>
        <source>Rated %1★ or less</source>
        <translation>Rated %1★ or less</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Script stage</source>
        <translation>Script stage</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Heard</translation>
    </message>
    <message>
        <source>&amp;Attitude</source>
        <translation>&amp;Attitude</translation>
    </message>
    <message>
        <source>&amp;Knowledge</source>
        <translation>&amp;Knowledge</translation>
    </message>
    <message>
        <source>&amp;Efficiency</source>
        <translation>&amp;Efficiency</translation>
    </message>
    <message>
        <source>Script a&amp;dherence</source>
        <translation>Script a&amp;dherence</translation>
    </message>
    <message>
        <source>For trainers: what went well, what did not</source>
        <translation>For trainers: what went well, what did not</translation>
    </message>
    <message>
        <source>For the agent: one thing to do differently next time</source>
        <translation>For the agent: one thing to do differently next time</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coaching note</translation>
    </message>
    <message>
        <source>Quality review</source>
        <translation>Quality review</translation>
    </message>
    <message>
        <source>Choose an interaction to review.</source>
        <translation>Choose an interaction to review.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Review saved.</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>All skill groups</source>
        <translation>All skill groups</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <source>served by %1</source>
        <translation>served by %1</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>outcome: %1</translation>
    </message>
    <message>
        <source>IVR: %1</source>
        <translation>IVR: %1</translation>
    </message>
    <message>
        <source>Agent&apos;s notes: %1</source>
        <translation>Agent&apos;s notes: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No transcript was recorded for this interaction.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No transcript was recorded for this interaction.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No script is live for this group and business.</source>
        <translation>No script is live for this group and business.</translation>
    </message>
    <message>
        <source>✓ heard: “%1”</source>
        <translation>✓ heard: “%1”</translation>
    </message>
    <message>
        <source>⚠ out of order: “%1”</source>
        <translation>⚠ out of order: “%1”</translation>
    </message>
    <message>
        <source>✗ not heard</source>
        <translation>✗ not heard</translation>
    </message>
    <message>
        <source>— no cue words</source>
        <translation>— no cue words</translation>
    </message>
    <message>
        <source>Version %1: %2 of %3 stages in order</source>
        <translation>Version %1: %2 of %3 stages in order</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Not reviewed yet.</translation>
    </message>
    <message>
        <source>Reviewed by %1.</source>
        <translation>Reviewed by %1.</translation>
    </message>
</context>
<context>
    <name>baton::ui::ScriptPanel</name>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>The script for the contact you take appears here.</source>
        <translation>The script for the contact you take appears here.</translation>
    </message>
    <message>
        <source>Previous stage (Ctrl+[)</source>
        <translation>Previous stage (Ctrl+[)</translation>
    </message>
    <message>
        <source>Next stage (Ctrl+])</source>
        <translation>Next stage (Ctrl+])</translation>
    </message>
    <message>
        <source>Suggest:</source>
        <translation>Suggest:</translation>
    </message>
</context>
<context>
    <name>baton::ui::SignInDialog</name>
    <message>
        <source>On &amp;this computer</source>
        <translation>On &amp;this computer</translation>
    </message>
    <message>
        <source>On the site&apos;s &amp;router</source>
        <translation>On the site&apos;s &amp;router</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Remember the password in the system keychain</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to Baton</source>
        <translation>Sign in to Baton</translation>
    </message>
    <message>
        <source>No site is set up on this computer; start Baton with --config to run one.</source>
        <translation>No site is set up on this computer; start Baton with --config to run one.</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Choose the agent to sign in as.</source>
        <translation>Choose the agent to sign in as.</translation>
    </message>
    <message>
        <source>The server address must look like wss://host:port (or ws:// on a trusted network). Give a site&apos;s standby routers too, separated by commas.</source>
        <translation>The server address must look like wss://host:port (or ws:// on a trusted network). Give a site&apos;s standby routers too, separated by commas.</translation>
    </message>
</context>
<context>
    <name>baton::ui::SupervisorWorkspace</name>
    <message>
        <source>Filter agents by name, state or group</source>
        <translation>Filter agents by name, state or group</translation>
    </message>
    <message>
        <source>Set ready</source>
        <translation>Set ready</translation>
    </message>
    <message>
        <source>Set not ready…</source>
        <translation>Set not ready…</translation>
    </message>
    <message>
        <source>Set offline…</source>
        <translation>Set offline…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Acknowledge all</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation>longest wait</translation>
    </message>
    <message>
        <source>agents available (by group)</source>
        <translation>agents available (by group)</translation>
    </message>
    <message>
        <source>alerts to acknowledge</source>
        <translation>alerts to acknowledge</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why (shown to the agent and in the audit log):</source>
        <translation>Why (shown to the agent and in the audit log):</translation>
    </message>
    <message>
        <source>Move to group…</source>
        <translation>Move to group…</translation>
    </message>
    <message>
        <source>Undo last move</source>
        <translation>Undo last move</translation>
    </message>
    <message>
        <source>The move is in effect.</source>
        <translation>The move is in effect.</translation>
    </message>
    <message>
        <source>Select the agents to move first.</source>
        <translation>Select the agents to move first.</translation>
    </message>
    <message>
        <source>Select a skill group above to see who is waiting.</source>
        <translation>Select a skill group above to see who is waiting.</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP level</translation>
    </message>
    <message>
        <source>VIP level of contact %1 (written to the audit log):</source>
        <translation>VIP level of contact %1 (written to the audit log):</translation>
    </message>
    <message>
        <source>Waiting in %1, in serving order</source>
        <translation>Waiting in %1, in serving order</translation>
    </message>
    <message>
        <source>Waiting contacts</source>
        <translation>Waiting contacts</translation>
    </message>
    <message>
        <source>Today&apos;s chart</source>
        <translation>Today&apos;s chart</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Wallboard</translation>
    </message>
    <message>
        <source>Wallboard: the queues in large type for a big screen (F11)</source>
        <translation>Wallboard: the queues in large type for a big screen (F11)</translation>
    </message>
    <message>
        <source>Set VIP level…</source>
        <translation>Set VIP level…</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Move to group</translation>
    </message>
    <message>
        <source>Move contact %1 to the queue of (it keeps its level and its wait; written to the audit log):</source>
        <translation>Move contact %1 to the queue of (it keeps its level and its wait; written to the audit log):</translation>
    </message>
    <message>
        <source>Drag agents onto a skill group in the dashboard to move them there.</source>
        <translation>Drag agents onto a skill group in the dashboard to move them there.</translation>
    </message>
    <message>
        <source>Double-click a contact to set its VIP level; right-click, or drag it onto a skill group above, to move it to another group; hover for the routing decision.</source>
        <translation>Double-click a contact to set its VIP level; right-click, or drag it onto a skill group above, to move it to another group; hover for the routing decision.</translation>
    </message>
    <message>
        <source>Journey so far</source>
        <translation>Journey so far</translation>
    </message>
</context>
<context>
    <name>baton::ui::TrainerWorkspace</name>
    <message>
        <source>Key</source>
        <extracomment>Column header: the stage&apos;s short identifier (greet, verify, …), used in cue matching.</extracomment>
        <translation>Key</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text (placeholders such as {customer.name})</source>
        <translation>Text (placeholders such as {customer.name})</translation>
    </message>
    <message>
        <source>Cue words (comma-separated)</source>
        <translation>Cue words (comma-separated)</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Stages of the draft</source>
        <translation>Stages of the draft</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Remove stage</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <source>Preview with a sample customer</source>
        <translation>Preview with a sample customer</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Published versions</translation>
    </message>
    <message>
        <source>Roll back to…</source>
        <translation>Roll back to…</translation>
    </message>
    <message>
        <source>Set live…</source>
        <translation>Set live…</translation>
    </message>
    <message>
        <source>any business</source>
        <translation>any business</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (draft)</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>Published as version %1.</source>
        <translation>Published as version %1.</translation>
    </message>
    <message>
        <source>The version is live.</source>
        <translation>The version is live.</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <source>rollback to v%1</source>
        <translation>rollback to v%1</translation>
    </message>
    <message>
        <source>Cue words: %1</source>
        <translation>Cue words: %1</translation>
    </message>
    <message>
        <source>Suggest: %1</source>
        <translation>Suggest: %1</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>New script</translation>
    </message>
    <message>
        <source>Name of the script:</source>
        <translation>Name of the script:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>What changed (kept with the version):</source>
        <translation>What changed (kept with the version):</translation>
    </message>
    <message>
        <source>Select the version to go back to.</source>
        <translation>Select the version to go back to.</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>rollback</translation>
    </message>
    <message>
        <source>Select the version to make live.</source>
        <translation>Select the version to make live.</translation>
    </message>
    <message>
        <source>(all groups)</source>
        <translation>(all groups)</translation>
    </message>
    <message>
        <source>Set live</source>
        <translation>Set live</translation>
    </message>
    <message>
        <source>Live for which skill group:</source>
        <translation>Live for which skill group:</translation>
    </message>
    <message>
        <source>%1 · %2 · v%3%4</source>
        <extracomment>A script in the list: name · business · latest version number (v3) · &quot; (draft)&quot; when one is open.</extracomment>
        <translation>%1 · %2 · v%3%4</translation>
    </message>
    <message>
        <source>Script editor</source>
        <translation>Script editor</translation>
    </message>
    <message>
        <source>Interaction review</source>
        <translation>Interaction review</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <source>Select the version to compare with the one before it.</source>
        <translation>Select the version to compare with the one before it.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>cue words</source>
        <translation>cue words</translation>
    </message>
    <message>
        <source>upsell rules</source>
        <translation>upsell rules</translation>
    </message>
    <message>
        <source>Version %1: the first version</source>
        <translation>Version %1: the first version</translation>
    </message>
    <message>
        <source>Version %1 against version %2</source>
        <translation>Version %1 against version %2</translation>
    </message>
    <message>
        <source>No stage changed.</source>
        <translation>No stage changed.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <source>Moved in the order: %1</source>
        <translation>Moved in the order: %1</translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation>Changed %1: %2</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>Upsell rules…</source>
        <translation>Upsell rules…</translation>
    </message>
    <message>
        <source>Select the stage whose upsell rules to edit.</source>
        <translation>Select the stage whose upsell rules to edit.</translation>
    </message>
    <message>
        <source>Upsell rules changed; save the draft to keep them.</source>
        <translation>Upsell rules changed; save the draft to keep them.</translation>
    </message>
</context>
<context>
    <name>baton::ui::TransferCardWidget</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unknown caller</translation>
    </message>
    <message>
        <source>%1 · VIP %2</source>
        <translation>%1 · VIP %2</translation>
    </message>
    <message>
        <source>Upset customer: empathise first</source>
        <translation>Upset customer: empathise first</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Transferred by %1</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(no note)</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>Caller number</translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation>Callback number</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation>%1 (verified)</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (not verified)</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP level</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>IVR path</source>
        <translation>IVR path</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>Key terms</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Bot conversation</source>
        <translation>Bot conversation</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Routing decision</source>
        <translation>Routing decision</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>Entry point</translation>
    </message>
    <message>
        <source>verified by the IVR</source>
        <translation>verified by the IVR</translation>
    </message>
</context>
<context>
    <name>baton::ui::TransferDialog</name>
    <message>
        <source>To a skill &amp;group</source>
        <translation>To a skill &amp;group</translation>
    </message>
    <message>
        <source>To an &amp;agent</source>
        <translation>To an &amp;agent</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>For the next agent: what is done, what the customer still needs</source>
        <translation>For the next agent: what is done, what the customer still needs</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>baton::ui::UpsellDialog</name>
    <message>
        <source>Upsell rules: %1</source>
        <translation>Upsell rules: %1</translation>
    </message>
    <message>
        <source>When the customer&apos;s field matches, the agent&apos;s script suggests the offer. Fields: customer.level, customer.vip, customer.product, attr.&lt;attribute&gt;, contact.business.</source>
        <translation>When the customer&apos;s field matches, the agent&apos;s script suggests the offer. Fields: customer.level, customer.vip, customer.product, attr.&lt;attribute&gt;, contact.business.</translation>
    </message>
    <message>
        <source>Customer field</source>
        <translation>Customer field</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggest</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Add rule</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Remove rule</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>equals</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) lack a field, a value or a suggestion: complete or remove them.</source>
        <translation>
            <numerusform>%n rule lacks a field, a value or a suggestion: complete or remove it.</numerusform>
            <numerusform>%n rules lack a field, a value or a suggestion: complete or remove them.</numerusform>
        </translation>
    </message>
</context>
</TS>
