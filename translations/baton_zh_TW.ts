<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>TransferCard</name>
    <message>
        <source>Identity given but not verified</source>
        <translation>已提供身分，未驗證</translation>
    </message>
    <message>
        <source>No identity given</source>
        <translation>未提供身分</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>未說明轉專人原因</translation>
    </message>
    <message>
        <source>No callback number</source>
        <translation>無回電號碼</translation>
    </message>
    <message>
        <source>Caller not found in the customer records</source>
        <translation>客戶資料中查無此客戶</translation>
    </message>
</context>
<context>
    <name>baton::core::DecisionTrace</name>
    <message>
        <source>rule &quot;%1&quot; matched</source>
        <translation>符合規則「%1」</translation>
    </message>
    <message>
        <source>no rule matched, default route</source>
        <translation>未符合任何規則，使用預設路由</translation>
    </message>
    <message>
        <source>VIP %1 from attribute %2=%3</source>
        <translation>VIP %1，來自客戶屬性 %2=%3</translation>
    </message>
    <message>
        <source>VIP %1 from entry parameter %2=%3</source>
        <translation>VIP %1，來自進線參數 %2=%3</translation>
    </message>
    <message>
        <source>entry parameter %1=%2 is not a level 0–10, ignored</source>
        <translation>進線參數 %1=%2 不是 0–10 的等級，已忽略</translation>
    </message>
    <message>
        <source>VIP %1 set by rule &quot;%2&quot;</source>
        <translation>規則「%2」將 VIP 設為 %1</translation>
    </message>
    <message>
        <source>VIP raised to %1 by rule &quot;%2&quot;</source>
        <translation>規則「%2」將 VIP 提升至 %1</translation>
    </message>
    <message>
        <source>VIP %1 (no level given)</source>
        <translation>VIP %1（未提供等級）</translation>
    </message>
    <message>
        <source>sent to the bot (%1)</source>
        <translation>轉給機器人（%1）</translation>
    </message>
    <message>
        <source>outside business hours of %1: %2</source>
        <translation>不在 %1 的服務時間內：%2</translation>
    </message>
    <message>
        <source>%1 rated %2★ by this customer, excluded</source>
        <translation>此客戶曾給 %1 評 %2★，已排除</translation>
    </message>
    <message>
        <source>dedicated agent %1 %2, skipped</source>
        <translation>專屬坐席 %1（%2），已略過</translation>
    </message>
    <message>
        <source>dedicated agent %1 busy, waiting up to %2 s</source>
        <translation>專屬坐席 %1 忙碌，最多等候 %2 秒</translation>
    </message>
    <message>
        <source>dedicated agent %1 busy, waited %2 s</source>
        <translation>專屬坐席 %1 忙碌，已等候 %2 秒</translation>
    </message>
    <message>
        <source>last agent %1 %2, skipped</source>
        <translation>上次服務的坐席 %1（%2），已略過</translation>
    </message>
    <message>
        <source>last agent %1 busy, waiting up to %2 s</source>
        <translation>上次服務的坐席 %1 忙碌，最多等候 %2 秒</translation>
    </message>
    <message>
        <source>last agent %1 busy, waited %2 s</source>
        <translation>上次服務的坐席 %1 忙碌，已等候 %2 秒</translation>
    </message>
    <message>
        <source>last agent %1 served %2 days ago, beyond the look-back</source>
        <translation>上次服務的坐席 %1 於 %2 天前服務，超出回溯期間</translation>
    </message>
    <message>
        <source>queued in skill group %1</source>
        <translation>進入技能群組 %1 排隊</translation>
    </message>
    <message>
        <source>overflowed to %1 after %2 s</source>
        <translation>等候 %2 秒後溢出至 %1</translation>
    </message>
    <message>
        <source>maximum wait reached after %1 s: %2</source>
        <translation>等候 %1 秒，已達最長等候時間：%2</translation>
    </message>
    <message>
        <source>offered to %1 in %2 by %3</source>
        <translation>分配給 %2 的 %1（%3）</translation>
    </message>
    <message>
        <source>offered to dedicated agent %1</source>
        <translation>分配給專屬坐席 %1</translation>
    </message>
    <message>
        <source>offered to last agent %1</source>
        <translation>分配給上次服務的坐席 %1</translation>
    </message>
    <message>
        <source>offered to %1, to whom it was transferred</source>
        <translation>分配給轉接對象 %1</translation>
    </message>
    <message>
        <source>%1 declined</source>
        <translation>%1 拒接</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 未及時接聽</translation>
    </message>
    <message>
        <source>offer to %1 withdrawn (%2)</source>
        <translation>撤回對 %1 的分配（%2）</translation>
    </message>
    <message>
        <source>routed to %1 in skill group %2 after %3 s</source>
        <translation>等候 %3 秒後由技能群組 %2 的 %1 接聽</translation>
    </message>
    <message>
        <source>transferred by %1 to %2</source>
        <translation>%1 轉接至 %2</translation>
    </message>
    <message>
        <source>level set to %1 by %2</source>
        <translation>%2 將 VIP 等級設為 %1</translation>
    </message>
    <message>
        <source>moved to %1 by %2</source>
        <translation>%2 將其移至 %1</translation>
    </message>
    <message>
        <source>the router restarted; waiting since %1 s, offered again</source>
        <translation>路由已重新啟動；已等候 %1 秒，重新分配</translation>
    </message>
    <message>
        <source>longest idle</source>
        <translation>閒置最久優先</translation>
    </message>
    <message>
        <source>fewest contacts today</source>
        <translation>今日服務最少優先</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>輪流分配</translation>
    </message>
    <message>
        <source>highest proficiency</source>
        <translation>熟練度最高優先</translation>
    </message>
    <message>
        <source>callback request</source>
        <translation>預約回電</translation>
    </message>
    <message>
        <source>leave a message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>bot only</source>
        <translation>僅機器人服務</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>語音</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>線上客服</translation>
    </message>
    <message>
        <source>email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>video</source>
        <translation>視訊</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>web</source>
        <translation>網頁</translation>
    </message>
    <message>
        <source>is busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>is offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>is not an agent of this site</source>
        <translation>不是本站點的坐席</translation>
    </message>
    <message>
        <source>the agent signed out</source>
        <translation>坐席已登出</translation>
    </message>
    <message>
        <source>the agent went not ready</source>
        <translation>坐席已設為未就緒</translation>
    </message>
    <message>
        <source>reception: %1</source>
        <translation>接待模式：%1</translation>
    </message>
    <message>
        <source>does not serve %1</source>
        <translation>不服務%1管道</translation>
    </message>
    <message>
        <source>bot first</source>
        <translation>機器人優先</translation>
    </message>
    <message>
        <source>human first</source>
        <translation>真人優先</translation>
    </message>
    <message>
        <source>human only</source>
        <translation>僅真人服務</translation>
    </message>
    <message>
        <source>by customer</source>
        <translation>按客戶</translation>
    </message>
    <message>
        <source>by caller number</source>
        <translation>按來電號碼</translation>
    </message>
    <message>
        <source>by contact</source>
        <translation>按每次聯繫</translation>
    </message>
    <message>
        <source>variant %1 of experiment %2 (%3)</source>
        <translation>實驗 %2 的方案 %1（%3）</translation>
    </message>
</context>
<context>
    <name>baton::desktop::Desktop</name>
    <message>
        <source>No site runs on this computer.</source>
        <translation>本機未執行站台。</translation>
    </message>
    <message>
        <source>User %1 is not set up as an agent and cannot take contacts.</source>
        <translation>使用者 %1 未設定為坐席，無法接聽進線。</translation>
    </message>
    <message>
        <source>User %1 is an integration (IVR or bot) account; it cannot use the desktop.</source>
        <translation>使用者 %1 是整合（IVR 或機器人）帳號，無法使用桌面程式。</translation>
    </message>
    <message>
        <source>This computer does not run the site: only a desktop that runs it can host it.</source>
        <translation>這台電腦沒有執行站台：只有執行站台的桌面才能為其他桌面提供服務。</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>對外服務</translation>
    </message>
    <message>
        <source>Other desktops cannot connect: %1</source>
        <translation>其他桌面無法連線：%1</translation>
    </message>
    <message numerus="yes">
        <source>Hosting at %1: %n desktop(s) connected</source>
        <translation>
            <numerusform>正在 %1 對外服務：已連線 %n 個桌面</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::models::AgentSession</name>
    <message>
        <source>This account is disabled. Ask your administrator to enable it.</source>
        <translation>此帳號已停用，請聯絡管理員啟用。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins (%1).</source>
        <translation>登入失敗次數過多，帳號已鎖定（%1）。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>You are signed out: %1</source>
        <translation>您已登出：%1</translation>
    </message>
    <message>
        <source>This desktop and the router speak different protocol versions. Update the desktop to match the router.</source>
        <translation>桌面程式與路由伺服器的通訊協定版本不一致，請將桌面程式更新為與路由伺服器相符的版本。</translation>
    </message>
    <message>
        <source>The router&apos;s certificate is not trusted (%1). Ask your administrator to install the site&apos;s certificate.</source>
        <translation>路由伺服器的憑證不受信任（%1），請聯絡管理員安裝本站台的憑證。</translation>
    </message>
    <message>
        <source>Cannot reach the router. Check the address and your network. (%1)</source>
        <translation>無法連線到路由伺服器，請檢查位址和網路。（%1）</translation>
    </message>
    <message>
        <source>The router is not available right now: %1</source>
        <translation>路由伺服器暫時無法使用：%1</translation>
    </message>
    <message>
        <source>Your role does not allow this: %1</source>
        <translation>您的角色沒有此操作權限：%1</translation>
    </message>
    <message>
        <source>That is no longer possible: %1</source>
        <translation>此操作已無法執行：%1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>找不到：%1</translation>
    </message>
    <message>
        <source>Please check your input: %1</source>
        <translation>請檢查輸入內容：%1</translation>
    </message>
    <message>
        <source>Too many requests; wait a moment and try again.</source>
        <translation>操作過於頻繁，請稍後再試。</translation>
    </message>
    <message>
        <source>The router reported a problem: %1</source>
        <translation>路由伺服器回報錯誤：%1</translation>
    </message>
    <message>
        <source>You signed in on another desktop, so this one was signed out.</source>
        <translation>您已在其他桌面程式登入，本機已自動登出。</translation>
    </message>
</context>
<context>
    <name>baton::models::AgentsModel</name>
    <message>
        <source>Available</source>
        <translation>空閒</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>待接聽</translation>
    </message>
    <message>
        <source>In conversation</source>
        <translation>服務中</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>話後處理</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未就緒</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Skill groups (proficiency)</source>
        <translation>技能群組（熟練度）</translation>
    </message>
    <message>
        <source>Contacts now</source>
        <translation>目前進線</translation>
    </message>
    <message>
        <source>Contacts today</source>
        <translation>今日服務</translation>
    </message>
</context>
<context>
    <name>baton::models::AlertsModel</name>
    <message>
        <source>%1: contact %2 has waited past the alert threshold</source>
        <translation>%1：進線 %2 等候時間超過警示門檻</translation>
    </message>
    <message>
        <source>%1: service level below target</source>
        <translation>%1：服務水準低於目標</translation>
    </message>
    <message>
        <source>%1: contacts waiting and no agent available</source>
        <translation>%1：有客戶排隊，但沒有空閒的坐席</translation>
    </message>
    <message>
        <source>%1 has been in wrap-up a long time</source>
        <translation>%1 話後處理時間過長</translation>
    </message>
    <message>
        <source>%1 has been not ready a long time</source>
        <translation>%1 未就緒時間過長</translation>
    </message>
</context>
<context>
    <name>baton::models::ContactsModel</name>
    <message>
        <source>Contact %1</source>
        <translation>進線 %1</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>待接聽</translation>
    </message>
    <message>
        <source>wrap-up</source>
        <translation>話後處理</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n 則未讀訊息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::models::HistoryModel</name>
    <message>
        <source>Voice</source>
        <translation>語音</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>線上客服</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>網頁</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>視訊</translation>
    </message>
</context>
<context>
    <name>baton::models::JourneyListModel</name>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已服務</translation>
    </message>
    <message>
        <source>Hung up while waiting</source>
        <translation>排隊中掛斷</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>A journey whose end the router did not record (it stopped without storing it).</extracomment>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>Overflowed to %1</source>
        <translation>溢出至%1</translation>
    </message>
    <message>
        <source>After hours: %1</source>
        <translation>非營業時間：%1</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>進線時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Took</source>
        <extracomment>Column header: from coming in to the end of the journey.</extracomment>
        <translation>歷時</translation>
    </message>
    <message>
        <source>Left to the bot</source>
        <extracomment>A journey&apos;s outcome: the router handed the contact to a chat bot (bot-only or bot-first reception).</extracomment>
        <translation>交由機器人處理</translation>
    </message>
</context>
<context>
    <name>baton::models::JourneyView</name>
    <message>
        <source>a callback request</source>
        <translation>回撥登記</translation>
    </message>
    <message>
        <source>leaving a message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>the bot</source>
        <translation>機器人</translation>
    </message>
    <message>
        <source>bot first</source>
        <translation>機器人優先</translation>
    </message>
    <message>
        <source>bot only</source>
        <translation>僅機器人</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>進線</translation>
    </message>
    <message>
        <source>IVR: %1</source>
        <translation>IVR：%1</translation>
    </message>
    <message numerus="yes">
        <source>bot conversation: %n turn(s)</source>
        <translation>
            <numerusform>機器人對話 %n 輪</numerusform>
        </translation>
    </message>
    <message>
        <source>wants: %1</source>
        <translation>訴求：%1</translation>
    </message>
    <message>
        <source>Sent to the bot (%1)</source>
        <translation>轉給機器人（%1）</translation>
    </message>
    <message>
        <source>Queued in %1 at VIP level %2, told position %3</source>
        <translation>進入%1佇列，VIP 等級 %2，告知排第 %3 位</translation>
    </message>
    <message>
        <source>, about %1 to wait</source>
        <translation>，預計等候 %1</translation>
    </message>
    <message>
        <source>Offered to %1 after %2 waiting</source>
        <translation>等候 %2 後分配給 %1</translation>
    </message>
    <message>
        <source>%1 declined it</source>
        <translation>%1 拒接</translation>
    </message>
    <message>
        <source>%1 did not accept in time</source>
        <translation>%1 未及時接聽</translation>
    </message>
    <message>
        <source>The offer to %1 was withdrawn</source>
        <translation>已撤回給 %1 的分配</translation>
    </message>
    <message>
        <source>Answered by %1 (%2) after %3 waiting</source>
        <translation>等候 %3 後由 %1（%2）接起</translation>
    </message>
    <message>
        <source>%1 transferred it to %2</source>
        <translation>%1 轉給 %2</translation>
    </message>
    <message>
        <source>%1 transferred it to %2: “%3”</source>
        <translation>%1 轉給 %2：「%3」</translation>
    </message>
    <message>
        <source>%1 ended the conversation after %2</source>
        <translation>%1 通話 %2 後結束</translation>
    </message>
    <message>
        <source>Overflowed from %1 to %2 after %3</source>
        <translation>等候 %3 後從%1溢出到%2</translation>
    </message>
    <message>
        <source>Left %1 after %2 for %3</source>
        <translation>在%1等候 %2 後轉為%3</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 by %3</source>
        <translation>%3 將其從%1移到%2</translation>
    </message>
    <message>
        <source>VIP level set to %1 by %2</source>
        <translation>%2 將 VIP 等級設為 %1</translation>
    </message>
    <message>
        <source>Hung up after %1 waiting in %2</source>
        <translation>在%2等候 %1 後掛斷</translation>
    </message>
    <message>
        <source>Outside opening hours: offered %1</source>
        <translation>非營業時間：提供%1</translation>
    </message>
    <message>
        <source>The router restarted and carried on with it</source>
        <translation>路由服務重啟後繼續處理</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>結果：%1</translation>
    </message>
    <message>
        <source>%1, still in the centre</source>
        <translation>%1，仍在中心內</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>Went on as %1 (%2)</source>
        <translation>改為%1繼續（%2）</translation>
    </message>
</context>
<context>
    <name>baton::models::QueueDashboardModel</name>
    <message>
        <source>Skill group</source>
        <translation>技能群組</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>排隊數</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最長等候</translation>
    </message>
    <message>
        <source>Est. wait</source>
        <translation>預計等候</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服務水準</translation>
    </message>
    <message>
        <source>Answered / entered</source>
        <translation>接聽 / 進線</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>平均應答速度</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>平均處理時間</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>空閒</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>話後處理</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未就緒</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <extracomment>Column header: the share of contacts that hung up while waiting, in percent.</extracomment>
        <translation>放棄率</translation>
    </message>
    <message>
        <source>Nobody is free for a contact now</source>
        <translation>目前沒有空閒坐席可接新聯繫</translation>
    </message>
    <message>
        <source>Free for: %1</source>
        <translation>空閒可接：%1</translation>
    </message>
</context>
<context>
    <name>baton::models::ReportModel</name>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Skill group</source>
        <translation>技能群組</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>服務量</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>平均處理時間</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>轉接率</translation>
    </message>
    <message>
        <source>FCR</source>
        <extracomment>First-contact resolution: the customer did not come back on the same business within N days.</extracomment>
        <translation>首次解決率</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>進線</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>接聽</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <translation>放棄率</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服務水準</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>平均應答速度</translation>
    </message>
    <message>
        <source>Rule variant</source>
        <translation>規則方案</translation>
    </message>
</context>
<context>
    <name>baton::models::ReviewListModel</name>
    <message>
        <source>Reviewed</source>
        <translation>已品檢</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Skill group</source>
        <translation>技能群組</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>QA</source>
        <extracomment>Column header: whether a QA review of the interaction exists.</extracomment>
        <translation>品檢</translation>
    </message>
</context>
<context>
    <name>baton::models::ScriptEditor</name>
    <message>
        <source>The draft could not be read: %1</source>
        <translation>無法讀取草稿：%1</translation>
    </message>
</context>
<context>
    <name>baton::models::ScriptModel</name>
    <message>
        <source>No script is live for this business.</source>
        <translation>此業務目前沒有已發布的話術。</translation>
    </message>
    <message>
        <source>The live script could not be read: %1</source>
        <translation>無法讀取已發布的話術：%1</translation>
    </message>
    <message>
        <source>Cue words: %1</source>
        <translation>觸發詞：%1</translation>
    </message>
</context>
<context>
    <name>baton::models::WaitingModel</name>
    <message>
        <source>being offered</source>
        <translation>分配中</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>進線</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP 等級</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>Position told</source>
        <extracomment>Column header: the queue position last announced to the customer (counting only their own VIP level).</extracomment>
        <translation>告知順位</translation>
    </message>
    <message>
        <source>Est. wait</source>
        <translation>預計等候</translation>
    </message>
    <message>
        <source>Offer</source>
        <extracomment>Column header: the agent the contact is being offered to right now.</extracomment>
        <translation>分配</translation>
    </message>
</context>
<context>
    <name>baton::ui::AgentWorkspace</name>
    <message>
        <source>Wrap-up time ran out; the conversation was recorded without an outcome.</source>
        <translation>話後處理時間已到，本次服務已儲存，未填寫處理結果。</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>就緒(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Not ready</source>
        <translation>未就緒(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接聽(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>拒接(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;End conversation</source>
        <translation>結束服務(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>轉接(&amp;T)…</translation>
    </message>
    <message>
        <source>Next script stage</source>
        <translation>下一個話術階段</translation>
    </message>
    <message>
        <source>Previous script stage</source>
        <translation>上一個話術階段</translation>
    </message>
    <message>
        <source>Search knowledge</source>
        <translation>搜尋知識庫</translation>
    </message>
    <message>
        <source>Incoming %1: %2 · VIP %3 · %4</source>
        <translation>新進線（%1）：%2 · VIP %3 · %4</translation>
    </message>
    <message>
        <source>Incoming contact</source>
        <translation>新進線</translation>
    </message>
    <message>
        <source>The offer of contact %1 timed out and went to someone else.</source>
        <translation>進線 %1 逾時未接，已轉給其他坐席。</translation>
    </message>
    <message>
        <source>The offer of contact %1 was withdrawn (%2).</source>
        <translation>進線 %1 已撤回（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n s to accept</source>
        <translation>
            <numerusform>%n 秒內接聽</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n handled</source>
        <extracomment>%n is the number of contacts (calls, chats, …) the agent finished today.</extracomment>
        <translation>
            <numerusform>今日已處理 %n 筆</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>技能群組：%1</translation>
    </message>
    <message>
        <source>Waiting for the next contact…</source>
        <translation>正在等待下一個進線…</translation>
    </message>
    <message>
        <source>You are not taking contacts. Press Ready (F2) when you are.</source>
        <translation>目前未接收進線。準備好後請按「就緒」（F2）。</translation>
    </message>
    <message>
        <source>Not ready (no reason)</source>
        <translation>未就緒（無原因）</translation>
    </message>
    <message>
        <source>average handle time %1:%2</source>
        <translation>平均處理時間 %1:%2</translation>
    </message>
    <message>
        <source>missed offer</source>
        <translation>未接進線</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>連線中斷</translation>
    </message>
    <message>
        <source>declined an offer</source>
        <translation>拒接進線</translation>
    </message>
    <message>
        <source>Continue as a &amp;call</source>
        <translation>改為電話繼續(&amp;C)</translation>
    </message>
    <message>
        <source>Continue as a &amp;chat</source>
        <translation>改為文字對話繼續(&amp;C)</translation>
    </message>
</context>
<context>
    <name>baton::ui::ContactPage</name>
    <message>
        <source>Follow up on</source>
        <translation>後續追蹤</translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation>完成話後處理</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史紀錄</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>What was done, what was promised</source>
        <translation>已處理的事項、對客戶的承諾</translation>
    </message>
    <message>
        <source>Finish wrap-up (Ctrl+Enter)</source>
        <translation>完成話後處理（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>處理結果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Write to the customer; Enter sends, Shift+Enter for a new line</source>
        <translation>輸入回覆內容，按 Enter 傳送，Shift+Enter 換行</translation>
    </message>
    <message>
        <source>Canned responses from the script</source>
        <translation>話術中的快速回覆</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>傳送（Enter）</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>快速回覆…</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>剩餘 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrap-up ends by itself</source>
        <translation>話後處理將自動結束</translation>
    </message>
    <message>
        <source>Wrap-up (untimed)</source>
        <translation>話後處理（不限時）</translation>
    </message>
    <message>
        <source>Chat (%1)</source>
        <translation>對話（%1）</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>後續追蹤：%1</translation>
    </message>
</context>
<context>
    <name>baton::ui::GroupChart</name>
    <message>
        <source>Waiting (most in 15 min)</source>
        <translation>排隊數（15 分鐘內最高）</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>%1 today, by 15 minutes</source>
        <translation>%1 今日走勢（每 15 分鐘）</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>服務水準（%）</translation>
    </message>
</context>
<context>
    <name>baton::ui::HistoryPanel</name>
    <message>
        <source>All channels</source>
        <translation>所有管道</translation>
    </message>
    <message>
        <source>Filter history (business, summary, notes…)</source>
        <translation>篩選歷史紀錄（業務、摘要、備註…）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>共 %n 筆紀錄</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer record</source>
        <translation>無客戶資料</translation>
    </message>
    <message>
        <source>IVR path: %1</source>
        <translation>IVR 路徑：%1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>摘要：%1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>處理結果：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <source>Customer rating: %1 of 5</source>
        <translation>客戶滿意度：%1 分（滿分 5 分）</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) so far</source>
        <translation>
            <numerusform>已載入 %n 筆紀錄</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::ui::HostDialog</name>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM 檔案 (*.pem *.crt *.key);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>&amp;Let the other desktops of this site connect to this computer</source>
        <translation>允許本站台的其他桌面連線到這台電腦(&amp;L)</translation>
    </message>
    <message>
        <source>Host this site for other desktops</source>
        <translation>為其他桌面提供站台服務</translation>
    </message>
    <message>
        <source>none: ws:// without encryption</source>
        <translation>不填：ws://，不加密</translation>
    </message>
    <message>
        <source>the certificate&apos;s private key (PEM, not encrypted)</source>
        <translation>憑證的私密金鑰（PEM，未加密）</translation>
    </message>
    <message>
        <source>&amp;Address and port:</source>
        <translation>位址和連接埠(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>憑證(&amp;C)：</translation>
    </message>
    <message>
        <source>The site&apos;s certificate</source>
        <translation>站台憑證</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>私密金鑰(&amp;K)：</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key</source>
        <translation>憑證的私密金鑰</translation>
    </message>
    <message>
        <source>“%1” is not an address and port, e.g. 0.0.0.0:8765 (every network) or 192.168.1.20:8765.</source>
        <translation>「%1」不是位址和連接埠，例如 0.0.0.0:8765（所有網路）或 192.168.1.20:8765。</translation>
    </message>
    <message>
        <source>Give both the certificate and its key, or neither.</source>
        <translation>憑證和私密金鑰要麼都填，要麼都不填。</translation>
    </message>
    <message>
        <source>Without a certificate, passwords cross the network unencrypted: use this only on a network you trust.</source>
        <translation>沒有憑證時，密碼以明文在網路上傳輸：僅在可信的網路中使用。</translation>
    </message>
    <message>
        <source>The other desktops choose “On the site&apos;s router” when they sign in and enter this computer&apos;s address, e.g. ws://%1 (wss:// with a certificate). They sign in with the users of this site&apos;s database — add them with &lt;code&gt;baton-admin user add NAME --role agent --agent ID --db %2&lt;/code&gt;. Your own sign-in on this computer does not change.</source>
        <translation>其他桌面登入時選擇「站台路由伺服器」，並輸入這台電腦的位址，例如 ws://%1（設定憑證後為 wss://）。他們使用本站台資料庫中的使用者登入——用 &lt;code&gt;baton-admin user add NAME --role agent --agent ID --db %2&lt;/code&gt; 新增。您在這台電腦上的登入方式不變。</translation>
    </message>
</context>
<context>
    <name>baton::ui::JourneyPanel</name>
    <message>
        <source>Any outcome</source>
        <translation>全部結果</translation>
    </message>
    <message>
        <source>Overflowed</source>
        <extracomment>Filter of journeys: those that left a queue for a fallback (callback, message, bot).</extracomment>
        <translation>已溢出</translation>
    </message>
    <message>
        <source>After hours</source>
        <extracomment>Filter of journeys: those that came outside opening hours.</extracomment>
        <translation>非營業時間</translation>
    </message>
    <message>
        <source>Any skill group</source>
        <translation>全部技能群組</translation>
    </message>
    <message>
        <source>Customer name or number</source>
        <translation>客戶姓名或號碼</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Select a contact to see its journey.</source>
        <translation>選擇一個聯繫，查看其客戶旅程。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Its way through the centre&lt;/b&gt;</source>
        <translation>&lt;b&gt;在中心內的經過&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The agents who served it&lt;/b&gt;</source>
        <translation>&lt;b&gt;服務過的坐席&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>未知來電</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>入口 %1</translation>
    </message>
    <message>
        <source>rated %1/5</source>
        <translation>評分 %1/5</translation>
    </message>
    <message>
        <source>No agent&apos;s part is in the history (an unknown caller, or nobody answered).</source>
        <translation>歷史中沒有坐席服務記錄（未知來電，或無人接起）。</translation>
    </message>
</context>
<context>
    <name>baton::ui::KnowledgePanel</name>
    <message>
        <source>Search the knowledge base (Ctrl+K)</source>
        <translation>搜尋知識庫（Ctrl+K）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>搜尋中…</translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation>找不到相關文章。</translation>
    </message>
    <message>
        <source>More than 5,000 articles match; the best are first.</source>
        <translation>相關文章超過 5,000 篇，已依相關性排序。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match.</source>
        <translation>
            <numerusform>找到 %n 篇相關文章。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::ui::MainWindow</name>
    <message>
        <source>Baton — %1 (%2)</source>
        <translation>Baton — %1（%2）</translation>
    </message>
    <message>
        <source>local site</source>
        <translation>本機站台</translation>
    </message>
    <message>
        <source>&amp;Baton</source>
        <translation>Baton(&amp;B)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>坐席(&amp;A)</translation>
    </message>
    <message>
        <source>Go &amp;offline</source>
        <translation>切換為離線(&amp;O)</translation>
    </message>
    <message>
        <source>Stop taking contacts and appear offline</source>
        <translation>停止接收進線並顯示為離線</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>進線(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Baton</source>
        <translation>關於 Baton(&amp;A)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>連線中斷，正在重新連線…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>連線中…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已中斷連線</translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation>完成話後處理</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>About Baton</source>
        <translation>關於 Baton</translation>
    </message>
    <message>
        <source>Baton %1 — the agent&apos;s workstation where an IVR or bot hands the customer to a person.</source>
        <translation>Baton %1——客服工作台：承接由 IVR 或機器人轉入的客戶，由專人繼續服務。</translation>
    </message>
    <message>
        <source>My desk</source>
        <translation>我的工作台</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>排隊監控</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>話術</translation>
    </message>
    <message>
        <source>&amp;Start Baton when I log in</source>
        <translation>登入電腦時啟動 Baton(&amp;S)</translation>
    </message>
    <message>
        <source>Show Baton</source>
        <translation>顯示 Baton</translation>
    </message>
    <message>
        <source>Could not change starting at log-in: %1</source>
        <translation>無法變更登入時啟動的設定：%1</translation>
    </message>
    <message>
        <source>Baton will start when you log in.</source>
        <translation>登入電腦後將自動啟動 Baton。</translation>
    </message>
    <message>
        <source>Baton will no longer start when you log in.</source>
        <translation>登入電腦後不再自動啟動 Baton。</translation>
    </message>
    <message>
        <source>&amp;Coaching notes…</source>
        <translation>輔導意見(&amp;C)…</translation>
    </message>
    <message>
        <source>What trainers noted for you when they reviewed your conversations</source>
        <translation>講師品檢您的服務時給您的意見</translation>
    </message>
    <message>
        <source>Attitude %1 · knowledge %2 · efficiency %3 · script adherence %4 (of 5)</source>
        <translation>服務態度 %1 · 業務知識 %2 · 處理效率 %3 · 話術執行 %4（滿分 5）</translation>
    </message>
    <message>
        <source>No coaching notes yet. When a trainer reviews one of your conversations and leaves a note, it is shown here.</source>
        <translation>目前沒有輔導意見。講師品檢您的服務並留下意見後，會顯示在這裡。</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>輔導意見</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>Journeys</source>
        <extracomment>Page title: each customer&apos;s way through the centre (IVR, bot, queues, agents, outcome).</extracomment>
        <translation>客戶旅程</translation>
    </message>
    <message>
        <source>&amp;Host this site for other desktops…</source>
        <translation>為其他桌面提供站台服務(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>baton::ui::QaTrendChart</name>
    <message>
        <source>Attitude</source>
        <translation>服務態度</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>業務知識</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>處理效率</translation>
    </message>
    <message>
        <source>Script adherence</source>
        <translation>話術執行</translation>
    </message>
    <message>
        <source>QA trend</source>
        <translation>品檢趨勢</translation>
    </message>
    <message>
        <source>QA trend of %1, last 30 days</source>
        <translation>%1 近 30 天品檢趨勢</translation>
    </message>
</context>
<context>
    <name>baton::ui::RebalanceDialog</name>
    <message>
        <source>unbounded</source>
        <extracomment>The predicted average speed of answer when the group cannot keep up: waits grow without limit.</extracomment>
        <translation>無上限</translation>
    </message>
    <message numerus="yes">
        <source>Move %n agent(s)</source>
        <translation>
            <numerusform>調配 %n 名坐席</numerusform>
        </translation>
    </message>
    <message>
        <source>(keep their other groups)</source>
        <translation>（保留其他技能群組）</translation>
    </message>
    <message>
        <source>Skill group</source>
        <translation>技能群組</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>坐席數</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>每小時進線</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服務水準</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>平均應答速度</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>佔用率</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>&amp;To group:</source>
        <translation>移入技能群組(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;From group:</source>
        <translation>移出技能群組(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Proficiency there:</source>
        <translation>在該群組的熟練度(&amp;P)：</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <extracomment>Column of the what-if: the share of callers predicted to hang up before an answer.</extracomment>
        <translation>放棄率</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Column of the what-if: which queueing model predicted the row.</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Predictions: Erlang A from each group&apos;s calls per hour over the last hour (or since this dashboard opened, once that is 5 minutes; before that, today&apos;s average), its average handle time and its callers&apos; mean patience; Erlang C while nobody has hung up waiting yet. Before → after. Apply takes effect in routing at once, is written to the audit log, and can be undone.</source>
        <translation>預測：Erlang A，依據各技能群組最近一小時的每小時來電量（或自本看板開啟起滿 5 分鐘後的資料；之前用今日平均）、平均處理時長和客戶平均耐心時長；尚無人排隊掛斷時用 Erlang C。調整前 → 調整後。套用後立即在路由中生效，寫入稽核日誌，並可復原。</translation>
    </message>
    <message>
        <source>Erlang A (patience %1)</source>
        <translation>Erlang A（耐心 %1）</translation>
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
        <translation>依技能群組</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>依坐席</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>依日期</translation>
    </message>
    <message>
        <source>FCR within </source>
        <extracomment>First-contact resolution counts a contact resolved when the customer does not come back within this many days.</extracomment>
        <translation>首次解決：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天內</translation>
    </message>
    <message>
        <source>A contact counts as resolved at first contact when the customer does not contact the centre again about the same business within this many days.</source>
        <translation>客戶在這麼多天內沒有就同一業務再次聯繫，即視為首次解決。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>匯出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>圖表：</translation>
    </message>
    <message>
        <source>Handled, AHT, CSAT, transfers and FCR come from the conversations agents finished; entered, answered, abandonment, service level and ASA from each group&apos;s queue. Days are the site&apos;s days.</source>
        <translation>服務量、平均處理時間、滿意度、轉接率與首次解決率來自坐席已完成的服務；進線、接聽、放棄率、服務水準與平均應答速度來自各技能群組的排隊統計。日期依站點所在時區計算。</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>匯出報表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>報表未儲存：%1</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>報表已儲存至 %1。</translation>
    </message>
    <message>
        <source>By rule variant (A/B)</source>
        <extracomment>Report grouping: compare the A/B variants of the routing rules running on a traffic split.</extracomment>
        <translation>按規則方案（A/B）</translation>
    </message>
</context>
<context>
    <name>baton::ui::ReviewPanel</name>
    <message>
        <source>&amp;Not reviewed yet</source>
        <translation>僅未品檢(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>儲存品檢(&amp;S)</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>任何滿意度</translation>
    </message>
    <message>
        <source>Rated %1★ or less</source>
        <translation>滿意度 %1★ 以下</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Script stage</source>
        <translation>話術階段</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>執行情況</translation>
    </message>
    <message>
        <source>&amp;Attitude</source>
        <translation>服務態度(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Knowledge</source>
        <translation>業務知識(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Efficiency</source>
        <translation>處理效率(&amp;E)</translation>
    </message>
    <message>
        <source>Script a&amp;dherence</source>
        <translation>話術執行(&amp;D)</translation>
    </message>
    <message>
        <source>For trainers: what went well, what did not</source>
        <translation>供講師參考：做得好與需要改進之處</translation>
    </message>
    <message>
        <source>For the agent: one thing to do differently next time</source>
        <translation>給坐席：下次可以改進的一點</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>品檢評語</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>輔導意見</translation>
    </message>
    <message>
        <source>Quality review</source>
        <translation>品檢評分</translation>
    </message>
    <message>
        <source>Choose an interaction to review.</source>
        <translation>請選擇要品檢的服務紀錄。</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>品檢已儲存。</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <source>All skill groups</source>
        <translation>全部技能群組</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>任何處理結果</translation>
    </message>
    <message>
        <source>served by %1</source>
        <translation>服務坐席：%1</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>處理結果：%1</translation>
    </message>
    <message>
        <source>IVR: %1</source>
        <translation>IVR 路徑：%1</translation>
    </message>
    <message>
        <source>Agent&apos;s notes: %1</source>
        <translation>坐席備註：%1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No transcript was recorded for this interaction.&lt;/i&gt;</source>
        <translation>&lt;i&gt;這筆服務沒有記錄對話內容。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No script is live for this group and business.</source>
        <translation>這個技能群組與業務沒有生效的話術。</translation>
    </message>
    <message>
        <source>✓ heard: “%1”</source>
        <translation>✓ 已執行：「%1」</translation>
    </message>
    <message>
        <source>⚠ out of order: “%1”</source>
        <translation>⚠ 順序不對：「%1」</translation>
    </message>
    <message>
        <source>✗ not heard</source>
        <translation>✗ 未執行</translation>
    </message>
    <message>
        <source>— no cue words</source>
        <translation>— 無觸發詞</translation>
    </message>
    <message>
        <source>Version %1: %2 of %3 stages in order</source>
        <translation>第 %1 版：%3 個階段中有 %2 個依序執行</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>尚未品檢。</translation>
    </message>
    <message>
        <source>Reviewed by %1.</source>
        <translation>品檢人：%1。</translation>
    </message>
</context>
<context>
    <name>baton::ui::ScriptPanel</name>
    <message>
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>The script for the contact you take appears here.</source>
        <translation>接聽進線後，對應的話術會顯示在這裡。</translation>
    </message>
    <message>
        <source>Previous stage (Ctrl+[)</source>
        <translation>上一個階段（Ctrl+[）</translation>
    </message>
    <message>
        <source>Next stage (Ctrl+])</source>
        <translation>下一個階段（Ctrl+]）</translation>
    </message>
    <message>
        <source>Suggest:</source>
        <translation>推薦：</translation>
    </message>
</context>
<context>
    <name>baton::ui::SignInDialog</name>
    <message>
        <source>On &amp;this computer</source>
        <translation>本機站台(&amp;T)</translation>
    </message>
    <message>
        <source>On the site&apos;s &amp;router</source>
        <translation>站台路由伺服器(&amp;R)</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>記住密碼（儲存在系統鑰匙圈中）</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Sign in to Baton</source>
        <translation>登入 Baton</translation>
    </message>
    <message>
        <source>No site is set up on this computer; start Baton with --config to run one.</source>
        <translation>本機尚未設定站台；如需在本機執行站台，請以 --config 參數啟動 Baton。</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>坐席(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>請輸入使用者名稱。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>登入中…</translation>
    </message>
    <message>
        <source>Choose the agent to sign in as.</source>
        <translation>請選擇要登入的坐席。</translation>
    </message>
    <message>
        <source>The server address must look like wss://host:port (or ws:// on a trusted network). Give a site&apos;s standby routers too, separated by commas.</source>
        <translation>伺服器位址應形如 wss://主機:連接埠（在受信任的網路中也可用 ws://）。站點有備用路由伺服器時一併填寫，以逗號分隔。</translation>
    </message>
</context>
<context>
    <name>baton::ui::SupervisorWorkspace</name>
    <message>
        <source>Filter agents by name, state or group</source>
        <translation>依姓名、狀態或技能群組篩選坐席</translation>
    </message>
    <message>
        <source>Set ready</source>
        <translation>設為就緒</translation>
    </message>
    <message>
        <source>Set not ready…</source>
        <translation>設為未就緒…</translation>
    </message>
    <message>
        <source>Set offline…</source>
        <translation>設為離線…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>全部確認</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>排隊中</translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation>最長等候</translation>
    </message>
    <message>
        <source>agents available (by group)</source>
        <translation>空閒坐席（依技能群組計）</translation>
    </message>
    <message>
        <source>alerts to acknowledge</source>
        <translation>待確認警示</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why (shown to the agent and in the audit log):</source>
        <translation>原因（坐席可見，並記入稽核紀錄）：</translation>
    </message>
    <message>
        <source>Move to group…</source>
        <translation>調配到技能群組…</translation>
    </message>
    <message>
        <source>Undo last move</source>
        <translation>復原上次調配</translation>
    </message>
    <message>
        <source>The move is in effect.</source>
        <translation>調配已生效。</translation>
    </message>
    <message>
        <source>Select the agents to move first.</source>
        <translation>請先選擇要調配的坐席。</translation>
    </message>
    <message>
        <source>Select a skill group above to see who is waiting.</source>
        <translation>在上方選擇技能群組，查看正在排隊的客戶。</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP 等級</translation>
    </message>
    <message>
        <source>VIP level of contact %1 (written to the audit log):</source>
        <translation>進線 %1 的 VIP 等級（記入稽核紀錄）：</translation>
    </message>
    <message>
        <source>Waiting in %1, in serving order</source>
        <translation>%1 排隊客戶（依服務順序）</translation>
    </message>
    <message>
        <source>Waiting contacts</source>
        <translation>排隊客戶</translation>
    </message>
    <message>
        <source>Today&apos;s chart</source>
        <translation>今日走勢</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>大螢幕模式(&amp;W)</translation>
    </message>
    <message>
        <source>Wallboard: the queues in large type for a big screen (F11)</source>
        <translation>大螢幕模式：以大字顯示排隊狀況，適合現場大螢幕（F11）</translation>
    </message>
    <message>
        <source>Set VIP level…</source>
        <translation>設定 VIP 等級…</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>改到其他技能群組</translation>
    </message>
    <message>
        <source>Move contact %1 to the queue of (it keeps its level and its wait; written to the audit log):</source>
        <translation>將進線 %1 改到以下技能群組排隊（保留其等級與已等候時間，並記入稽核紀錄）：</translation>
    </message>
    <message>
        <source>Drag agents onto a skill group in the dashboard to move them there.</source>
        <translation>把坐席拖到看板中的技能群組上即可調整到該群組。</translation>
    </message>
    <message>
        <source>Double-click a contact to set its VIP level; right-click, or drag it onto a skill group above, to move it to another group; hover for the routing decision.</source>
        <translation>雙擊聯繫可設定 VIP 等級；右鍵或拖到上方的技能群組可轉到其他群組；懸停查看路由決策。</translation>
    </message>
    <message>
        <source>Journey so far</source>
        <translation>查看客戶旅程</translation>
    </message>
</context>
<context>
    <name>baton::ui::TrainerWorkspace</name>
    <message>
        <source>Key</source>
        <extracomment>Column header: the stage&apos;s short identifier (greet, verify, …), used in cue matching.</extracomment>
        <translation>識別碼</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Text (placeholders such as {customer.name})</source>
        <translation>內容（可用預留位置，如 {customer.name}）</translation>
    </message>
    <message>
        <source>Cue words (comma-separated)</source>
        <translation>觸發詞（以逗號分隔）</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>話術</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Stages of the draft</source>
        <translation>草稿的階段</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>新增階段</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新階段</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>刪除階段</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>儲存草稿</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>發布…</translation>
    </message>
    <message>
        <source>Preview with a sample customer</source>
        <translation>預覽（範例客戶）</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>已發布版本</translation>
    </message>
    <message>
        <source>Roll back to…</source>
        <translation>還原到…</translation>
    </message>
    <message>
        <source>Set live…</source>
        <translation>設為生效…</translation>
    </message>
    <message>
        <source>any business</source>
        <translation>通用</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation>（有草稿）</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已儲存。</translation>
    </message>
    <message>
        <source>Published as version %1.</source>
        <translation>已發布為第 %1 版。</translation>
    </message>
    <message>
        <source>The version is live.</source>
        <translation>該版本已生效。</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>第 %1 版 · %2 · %3</translation>
    </message>
    <message>
        <source>rollback to v%1</source>
        <translation>還原到第 %1 版</translation>
    </message>
    <message>
        <source>Cue words: %1</source>
        <translation>觸發詞：%1</translation>
    </message>
    <message>
        <source>Suggest: %1</source>
        <translation>推薦：%1</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>新增話術</translation>
    </message>
    <message>
        <source>Name of the script:</source>
        <translation>話術名稱：</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>發布</translation>
    </message>
    <message>
        <source>What changed (kept with the version):</source>
        <translation>修改說明（隨版本儲存）：</translation>
    </message>
    <message>
        <source>Select the version to go back to.</source>
        <translation>請選擇要還原的版本。</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Select the version to make live.</source>
        <translation>請選擇要生效的版本。</translation>
    </message>
    <message>
        <source>(all groups)</source>
        <translation>（所有技能群組）</translation>
    </message>
    <message>
        <source>Set live</source>
        <translation>設為生效</translation>
    </message>
    <message>
        <source>Live for which skill group:</source>
        <translation>對哪個技能群組生效：</translation>
    </message>
    <message>
        <source>%1 · %2 · v%3%4</source>
        <extracomment>A script in the list: name · business · latest version number (v3) · &quot; (draft)&quot; when one is open.</extracomment>
        <translation>%1 · %2 · 第 %3 版%4</translation>
    </message>
    <message>
        <source>Script editor</source>
        <translation>話術編輯</translation>
    </message>
    <message>
        <source>Interaction review</source>
        <translation>服務品檢</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <source>Select the version to compare with the one before it.</source>
        <translation>請選擇要與上一版比較的版本。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>text</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>cue words</source>
        <translation>觸發詞</translation>
    </message>
    <message>
        <source>upsell rules</source>
        <translation>推薦規則</translation>
    </message>
    <message>
        <source>Version %1: the first version</source>
        <translation>第 %1 版：第一個版本</translation>
    </message>
    <message>
        <source>Version %1 against version %2</source>
        <translation>第 %1 版與第 %2 版比較</translation>
    </message>
    <message>
        <source>No stage changed.</source>
        <translation>沒有階段變更。</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>刪除：%1</translation>
    </message>
    <message>
        <source>Moved in the order: %1</source>
        <translation>調整了順序：%1</translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation>修改 %1：%2</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>版本比較</translation>
    </message>
    <message>
        <source>Upsell rules…</source>
        <translation>推薦規則…</translation>
    </message>
    <message>
        <source>Select the stage whose upsell rules to edit.</source>
        <translation>請先選擇要編輯推薦規則的階段。</translation>
    </message>
    <message>
        <source>Upsell rules changed; save the draft to keep them.</source>
        <translation>推薦規則已修改，儲存草稿後生效。</translation>
    </message>
</context>
<context>
    <name>baton::ui::TransferCardWidget</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>未知客戶</translation>
    </message>
    <message>
        <source>%1 · VIP %2</source>
        <translation>%1 · VIP %2</translation>
    </message>
    <message>
        <source>Upset customer: empathise first</source>
        <translation>客戶情緒激動，請先安撫</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>由 %1 轉入</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>（無備註）</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>來電號碼</translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation>回電號碼</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation>%1（已驗證）</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1（未驗證）</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP 等級</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>等候時間</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>客戶意圖</translation>
    </message>
    <message>
        <source>IVR path</source>
        <translation>IVR 路徑</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>轉專人原因</translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>關鍵字</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>情緒</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Bot conversation</source>
        <translation>機器人對話紀錄</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>對話紀錄</translation>
    </message>
    <message>
        <source>Routing decision</source>
        <translation>路由決策</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>進線入口</translation>
    </message>
    <message>
        <source>verified by the IVR</source>
        <translation>已由 IVR 驗證</translation>
    </message>
</context>
<context>
    <name>baton::ui::TransferDialog</name>
    <message>
        <source>To a skill &amp;group</source>
        <translation>轉至技能群組(&amp;G)</translation>
    </message>
    <message>
        <source>To an &amp;agent</source>
        <translation>轉至坐席(&amp;A)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉接</translation>
    </message>
    <message>
        <source>For the next agent: what is done, what the customer still needs</source>
        <translation>給下一位坐席：已處理的內容、客戶仍需協助的事項</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>轉接說明(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>baton::ui::UpsellDialog</name>
    <message>
        <source>Upsell rules: %1</source>
        <translation>推薦規則：%1</translation>
    </message>
    <message>
        <source>When the customer&apos;s field matches, the agent&apos;s script suggests the offer. Fields: customer.level, customer.vip, customer.product, attr.&lt;attribute&gt;, contact.business.</source>
        <translation>客戶欄位符合條件時，坐席的話術中會出現對應的推薦。可用欄位：customer.level、customer.vip、customer.product、attr.&lt;屬性名稱&gt;、contact.business。</translation>
    </message>
    <message>
        <source>Customer field</source>
        <translation>客戶欄位</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>比對方式</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>推薦內容</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>新增規則(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>刪除規則(&amp;R)</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>等於</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) lack a field, a value or a suggestion: complete or remove them.</source>
        <translation>
            <numerusform>有 %n 條規則缺少欄位、值或推薦內容，請補齊或刪除。</numerusform>
        </translation>
    </message>
</context>
</TS>
