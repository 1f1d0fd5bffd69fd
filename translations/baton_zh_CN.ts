<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TransferCard</name>
    <message>
        <source>Identity given but not verified</source>
        <translation>已提供身份，未核验</translation>
    </message>
    <message>
        <source>No identity given</source>
        <translation>未提供身份</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>未说明转人工原因</translation>
    </message>
    <message>
        <source>No callback number</source>
        <translation>无回拨号码</translation>
    </message>
    <message>
        <source>Caller not found in the customer records</source>
        <translation>客户资料中未找到该客户</translation>
    </message>
</context>
<context>
    <name>baton::core::DecisionTrace</name>
    <message>
        <source>rule &quot;%1&quot; matched</source>
        <translation>命中规则“%1”</translation>
    </message>
    <message>
        <source>no rule matched, default route</source>
        <translation>未命中任何规则，使用默认路由</translation>
    </message>
    <message>
        <source>VIP %1 from attribute %2=%3</source>
        <translation>VIP %1，来自客户属性 %2=%3</translation>
    </message>
    <message>
        <source>VIP %1 from entry parameter %2=%3</source>
        <translation>VIP %1，来自接入参数 %2=%3</translation>
    </message>
    <message>
        <source>entry parameter %1=%2 is not a level 0–10, ignored</source>
        <translation>接入参数 %1=%2 不是 0–10 的等级，已忽略</translation>
    </message>
    <message>
        <source>VIP %1 set by rule &quot;%2&quot;</source>
        <translation>规则“%2”将 VIP 设为 %1</translation>
    </message>
    <message>
        <source>VIP raised to %1 by rule &quot;%2&quot;</source>
        <translation>规则“%2”将 VIP 提升至 %1</translation>
    </message>
    <message>
        <source>VIP %1 (no level given)</source>
        <translation>VIP %1（未提供等级）</translation>
    </message>
    <message>
        <source>sent to the bot (%1)</source>
        <translation>转给机器人（%1）</translation>
    </message>
    <message>
        <source>outside business hours of %1: %2</source>
        <translation>不在 %1 的服务时间内：%2</translation>
    </message>
    <message>
        <source>%1 rated %2★ by this customer, excluded</source>
        <translation>该客户曾给 %1 评 %2★，已排除</translation>
    </message>
    <message>
        <source>dedicated agent %1 %2, skipped</source>
        <translation>专属坐席 %1（%2），已跳过</translation>
    </message>
    <message>
        <source>dedicated agent %1 busy, waiting up to %2 s</source>
        <translation>专属坐席 %1 忙碌，最多等待 %2 秒</translation>
    </message>
    <message>
        <source>dedicated agent %1 busy, waited %2 s</source>
        <translation>专属坐席 %1 忙碌，已等待 %2 秒</translation>
    </message>
    <message>
        <source>last agent %1 %2, skipped</source>
        <translation>上次服务的坐席 %1（%2），已跳过</translation>
    </message>
    <message>
        <source>last agent %1 busy, waiting up to %2 s</source>
        <translation>上次服务的坐席 %1 忙碌，最多等待 %2 秒</translation>
    </message>
    <message>
        <source>last agent %1 busy, waited %2 s</source>
        <translation>上次服务的坐席 %1 忙碌，已等待 %2 秒</translation>
    </message>
    <message>
        <source>last agent %1 served %2 days ago, beyond the look-back</source>
        <translation>上次服务的坐席 %1 在 %2 天前接待，超出回溯期</translation>
    </message>
    <message>
        <source>queued in skill group %1</source>
        <translation>进入技能组 %1 排队</translation>
    </message>
    <message>
        <source>overflowed to %1 after %2 s</source>
        <translation>等待 %2 秒后溢出到 %1</translation>
    </message>
    <message>
        <source>maximum wait reached after %1 s: %2</source>
        <translation>等待 %1 秒，已达最长等待时间：%2</translation>
    </message>
    <message>
        <source>offered to %1 in %2 by %3</source>
        <translation>分配给 %2 的 %1（%3）</translation>
    </message>
    <message>
        <source>offered to dedicated agent %1</source>
        <translation>分配给专属坐席 %1</translation>
    </message>
    <message>
        <source>offered to last agent %1</source>
        <translation>分配给上次服务的坐席 %1</translation>
    </message>
    <message>
        <source>offered to %1, to whom it was transferred</source>
        <translation>分配给转接目标 %1</translation>
    </message>
    <message>
        <source>%1 declined</source>
        <translation>%1 拒接</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 未及时接听</translation>
    </message>
    <message>
        <source>offer to %1 withdrawn (%2)</source>
        <translation>撤回对 %1 的分配（%2）</translation>
    </message>
    <message>
        <source>routed to %1 in skill group %2 after %3 s</source>
        <translation>等待 %3 秒后由技能组 %2 的 %1 接起</translation>
    </message>
    <message>
        <source>transferred by %1 to %2</source>
        <translation>%1 转接至 %2</translation>
    </message>
    <message>
        <source>level set to %1 by %2</source>
        <translation>%2 将 VIP 等级设为 %1</translation>
    </message>
    <message>
        <source>moved to %1 by %2</source>
        <translation>%2 将其移至 %1</translation>
    </message>
    <message>
        <source>the router restarted; waiting since %1 s, offered again</source>
        <translation>路由已重启；已等待 %1 秒，重新分配</translation>
    </message>
    <message>
        <source>longest idle</source>
        <translation>空闲最久优先</translation>
    </message>
    <message>
        <source>fewest contacts today</source>
        <translation>今日接待最少优先</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <source>highest proficiency</source>
        <translation>熟练度最高优先</translation>
    </message>
    <message>
        <source>callback request</source>
        <translation>预约回拨</translation>
    </message>
    <message>
        <source>leave a message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>bot only</source>
        <translation>仅机器人服务</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>web</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>is busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>is offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>is not an agent of this site</source>
        <translation>不是本站点的坐席</translation>
    </message>
    <message>
        <source>the agent signed out</source>
        <translation>坐席已签出</translation>
    </message>
    <message>
        <source>the agent went not ready</source>
        <translation>坐席已示忙</translation>
    </message>
    <message>
        <source>reception: %1</source>
        <translation>接待方式：%1</translation>
    </message>
    <message>
        <source>does not serve %1</source>
        <translation>不接待%1渠道</translation>
    </message>
    <message>
        <source>bot first</source>
        <translation>机器人优先</translation>
    </message>
    <message>
        <source>human first</source>
        <translation>人工优先</translation>
    </message>
    <message>
        <source>human only</source>
        <translation>仅人工服务</translation>
    </message>
    <message>
        <source>by customer</source>
        <translation>按客户</translation>
    </message>
    <message>
        <source>by caller number</source>
        <translation>按来电号码</translation>
    </message>
    <message>
        <source>by contact</source>
        <translation>按每次联系</translation>
    </message>
    <message>
        <source>variant %1 of experiment %2 (%3)</source>
        <translation>实验 %2 的方案 %1（%3）</translation>
    </message>
</context>
<context>
    <name>baton::desktop::Desktop</name>
    <message>
        <source>No site runs on this computer.</source>
        <translation>本机未运行站点。</translation>
    </message>
    <message>
        <source>User %1 is not set up as an agent and cannot take contacts.</source>
        <translation>用户 %1 未设置为坐席，无法接待会话。</translation>
    </message>
    <message>
        <source>User %1 is an integration (IVR or bot) account; it cannot use the desktop.</source>
        <translation>用户 %1 是集成（IVR 或机器人）账号，不能使用桌面端。</translation>
    </message>
    <message>
        <source>This computer does not run the site: only a desktop that runs it can host it.</source>
        <translation>这台电脑没有运行站点：只有运行站点的桌面才能为其他桌面提供服务。</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>对外服务</translation>
    </message>
    <message>
        <source>Other desktops cannot connect: %1</source>
        <translation>其他桌面无法连接：%1</translation>
    </message>
    <message numerus="yes">
        <source>Hosting at %1: %n desktop(s) connected</source>
        <translation>
            <numerusform>正在 %1 对外服务：已连接 %n 个桌面</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::models::AgentSession</name>
    <message>
        <source>This account is disabled. Ask your administrator to enable it.</source>
        <translation>该账号已停用，请联系管理员启用。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins (%1).</source>
        <translation>登录失败次数过多，账号已锁定（%1）。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>You are signed out: %1</source>
        <translation>您已退出登录：%1</translation>
    </message>
    <message>
        <source>This desktop and the router speak different protocol versions. Update the desktop to match the router.</source>
        <translation>桌面端与路由服务器的协议版本不一致，请将桌面端升级到与路由服务器匹配的版本。</translation>
    </message>
    <message>
        <source>The router&apos;s certificate is not trusted (%1). Ask your administrator to install the site&apos;s certificate.</source>
        <translation>路由服务器的证书不受信任（%1），请联系管理员安装本站点的证书。</translation>
    </message>
    <message>
        <source>Cannot reach the router. Check the address and your network. (%1)</source>
        <translation>无法连接路由服务器，请检查地址和网络。（%1）</translation>
    </message>
    <message>
        <source>The router is not available right now: %1</source>
        <translation>路由服务器暂时不可用：%1</translation>
    </message>
    <message>
        <source>Your role does not allow this: %1</source>
        <translation>您的角色无此操作权限：%1</translation>
    </message>
    <message>
        <source>That is no longer possible: %1</source>
        <translation>该操作已无法执行：%1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <source>Please check your input: %1</source>
        <translation>请检查输入内容：%1</translation>
    </message>
    <message>
        <source>Too many requests; wait a moment and try again.</source>
        <translation>操作过于频繁，请稍后再试。</translation>
    </message>
    <message>
        <source>The router reported a problem: %1</source>
        <translation>路由服务器返回错误：%1</translation>
    </message>
    <message>
        <source>You signed in on another desktop, so this one was signed out.</source>
        <translation>您已在其他桌面端登录，本机已自动退出登录。</translation>
    </message>
</context>
<context>
    <name>baton::models::AgentsModel</name>
    <message>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>待接入</translation>
    </message>
    <message>
        <source>In conversation</source>
        <translation>会话中</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>示忙</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Skill groups (proficiency)</source>
        <translation>技能组（熟练度）</translation>
    </message>
    <message>
        <source>Contacts now</source>
        <translation>当前会话</translation>
    </message>
    <message>
        <source>Contacts today</source>
        <translation>今日接待</translation>
    </message>
</context>
<context>
    <name>baton::models::AlertsModel</name>
    <message>
        <source>%1: contact %2 has waited past the alert threshold</source>
        <translation>%1：会话 %2 等待时间超过告警阈值</translation>
    </message>
    <message>
        <source>%1: service level below target</source>
        <translation>%1：服务水平低于目标</translation>
    </message>
    <message>
        <source>%1: contacts waiting and no agent available</source>
        <translation>%1：有客户排队，但没有空闲坐席</translation>
    </message>
    <message>
        <source>%1 has been in wrap-up a long time</source>
        <translation>%1 话后处理时间过长</translation>
    </message>
    <message>
        <source>%1 has been not ready a long time</source>
        <translation>%1 示忙时间过长</translation>
    </message>
</context>
<context>
    <name>baton::models::ContactsModel</name>
    <message>
        <source>Contact %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>待接入</translation>
    </message>
    <message>
        <source>wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n 条未读消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::models::HistoryModel</name>
    <message>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
</context>
<context>
    <name>baton::models::JourneyListModel</name>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已服务</translation>
    </message>
    <message>
        <source>Hung up while waiting</source>
        <translation>排队中挂断</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>A journey whose end the router did not record (it stopped without storing it).</extracomment>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Overflowed to %1</source>
        <translation>溢出至%1</translation>
    </message>
    <message>
        <source>After hours: %1</source>
        <translation>非工作时间：%1</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>进线时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Took</source>
        <extracomment>Column header: from coming in to the end of the journey.</extracomment>
        <translation>历时</translation>
    </message>
    <message>
        <source>Left to the bot</source>
        <extracomment>A journey&apos;s outcome: the router handed the contact to a chat bot (bot-only or bot-first reception).</extracomment>
        <translation>交由机器人处理</translation>
    </message>
</context>
<context>
    <name>baton::models::JourneyView</name>
    <message>
        <source>a callback request</source>
        <translation>回呼登记</translation>
    </message>
    <message>
        <source>leaving a message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>the bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>bot first</source>
        <translation>机器人优先</translation>
    </message>
    <message>
        <source>bot only</source>
        <translation>仅机器人</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>进线</translation>
    </message>
    <message>
        <source>IVR: %1</source>
        <translation>IVR：%1</translation>
    </message>
    <message numerus="yes">
        <source>bot conversation: %n turn(s)</source>
        <translation>
            <numerusform>机器人对话 %n 轮</numerusform>
        </translation>
    </message>
    <message>
        <source>wants: %1</source>
        <translation>诉求：%1</translation>
    </message>
    <message>
        <source>Sent to the bot (%1)</source>
        <translation>转给机器人（%1）</translation>
    </message>
    <message>
        <source>Queued in %1 at VIP level %2, told position %3</source>
        <translation>进入%1队列，VIP 等级 %2，告知排第 %3 位</translation>
    </message>
    <message>
        <source>, about %1 to wait</source>
        <translation>，预计等待 %1</translation>
    </message>
    <message>
        <source>Offered to %1 after %2 waiting</source>
        <translation>等待 %2 后分配给 %1</translation>
    </message>
    <message>
        <source>%1 declined it</source>
        <translation>%1 拒接</translation>
    </message>
    <message>
        <source>%1 did not accept in time</source>
        <translation>%1 未及时接听</translation>
    </message>
    <message>
        <source>The offer to %1 was withdrawn</source>
        <translation>已撤回给 %1 的分配</translation>
    </message>
    <message>
        <source>Answered by %1 (%2) after %3 waiting</source>
        <translation>等待 %3 后由 %1（%2）接起</translation>
    </message>
    <message>
        <source>%1 transferred it to %2</source>
        <translation>%1 转给 %2</translation>
    </message>
    <message>
        <source>%1 transferred it to %2: “%3”</source>
        <translation>%1 转给 %2：“%3”</translation>
    </message>
    <message>
        <source>%1 ended the conversation after %2</source>
        <translation>%1 通话 %2 后结束</translation>
    </message>
    <message>
        <source>Overflowed from %1 to %2 after %3</source>
        <translation>等待 %3 后从%1溢出到%2</translation>
    </message>
    <message>
        <source>Left %1 after %2 for %3</source>
        <translation>在%1等待 %2 后转为%3</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 by %3</source>
        <translation>%3 将其从%1移到%2</translation>
    </message>
    <message>
        <source>VIP level set to %1 by %2</source>
        <translation>%2 将 VIP 等级设为 %1</translation>
    </message>
    <message>
        <source>Hung up after %1 waiting in %2</source>
        <translation>在%2等待 %1 后挂断</translation>
    </message>
    <message>
        <source>Outside opening hours: offered %1</source>
        <translation>非工作时间：提供%1</translation>
    </message>
    <message>
        <source>The router restarted and carried on with it</source>
        <translation>路由服务重启后继续处理</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>%1, still in the centre</source>
        <translation>%1，仍在中心内</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>Went on as %1 (%2)</source>
        <translation>改为%1继续（%2）</translation>
    </message>
</context>
<context>
    <name>baton::models::QueueDashboardModel</name>
    <message>
        <source>Skill group</source>
        <translation>技能组</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>排队数</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <source>Est. wait</source>
        <translation>预计等待</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Answered / entered</source>
        <translation>接起 / 进线</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>平均应答速度</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>示忙</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <extracomment>Column header: the share of contacts that hung up while waiting, in percent.</extracomment>
        <translation>放弃率</translation>
    </message>
    <message>
        <source>Nobody is free for a contact now</source>
        <translation>目前没有空闲坐席可接新联系</translation>
    </message>
    <message>
        <source>Free for: %1</source>
        <translation>空闲可接：%1</translation>
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
        <translation>技能组</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>接待量</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转接率</translation>
    </message>
    <message>
        <source>FCR</source>
        <extracomment>First-contact resolution: the customer did not come back on the same business within N days.</extracomment>
        <translation>首次解决率</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>进线</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>接起</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>平均应答速度</translation>
    </message>
    <message>
        <source>Rule variant</source>
        <translation>规则方案</translation>
    </message>
</context>
<context>
    <name>baton::models::ReviewListModel</name>
    <message>
        <source>Reviewed</source>
        <translation>已质检</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Skill group</source>
        <translation>技能组</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>QA</source>
        <extracomment>Column header: whether a QA review of the interaction exists.</extracomment>
        <translation>质检</translation>
    </message>
</context>
<context>
    <name>baton::models::ScriptEditor</name>
    <message>
        <source>The draft could not be read: %1</source>
        <translation>无法读取草稿：%1</translation>
    </message>
</context>
<context>
    <name>baton::models::ScriptModel</name>
    <message>
        <source>No script is live for this business.</source>
        <translation>该业务暂无已发布的话术。</translation>
    </message>
    <message>
        <source>The live script could not be read: %1</source>
        <translation>无法读取已发布的话术：%1</translation>
    </message>
    <message>
        <source>Cue words: %1</source>
        <translation>触发词：%1</translation>
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
        <translation>会话</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP 等级</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Position told</source>
        <extracomment>Column header: the queue position last announced to the customer (counting only their own VIP level).</extracomment>
        <translation>告知排位</translation>
    </message>
    <message>
        <source>Est. wait</source>
        <translation>预计等待</translation>
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
        <translation>话后处理时间已到，本次会话已保存，未填写处理结果。</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>示闲(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Not ready</source>
        <translation>示忙(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接听(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>拒接(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;End conversation</source>
        <translation>结束会话(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>转接(&amp;T)…</translation>
    </message>
    <message>
        <source>Next script stage</source>
        <translation>话术下一阶段</translation>
    </message>
    <message>
        <source>Previous script stage</source>
        <translation>话术上一阶段</translation>
    </message>
    <message>
        <source>Search knowledge</source>
        <translation>搜索知识库</translation>
    </message>
    <message>
        <source>Incoming %1: %2 · VIP %3 · %4</source>
        <translation>新会话（%1）：%2 · VIP %3 · %4</translation>
    </message>
    <message>
        <source>Incoming contact</source>
        <translation>新会话</translation>
    </message>
    <message>
        <source>The offer of contact %1 timed out and went to someone else.</source>
        <translation>会话 %1 超时未接，已分配给其他坐席。</translation>
    </message>
    <message>
        <source>The offer of contact %1 was withdrawn (%2).</source>
        <translation>会话 %1 的分配已撤回（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n s to accept</source>
        <translation>
            <numerusform>%n 秒内接听</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n handled</source>
        <extracomment>%n is the number of contacts (calls, chats, …) the agent finished today.</extracomment>
        <translation>
            <numerusform>今日已处理 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>技能组：%1</translation>
    </message>
    <message>
        <source>Waiting for the next contact…</source>
        <translation>正在等待下一个会话…</translation>
    </message>
    <message>
        <source>You are not taking contacts. Press Ready (F2) when you are.</source>
        <translation>当前未接收会话。准备好后请按“示闲”（F2）。</translation>
    </message>
    <message>
        <source>Not ready (no reason)</source>
        <translation>示忙（无原因）</translation>
    </message>
    <message>
        <source>average handle time %1:%2</source>
        <translation>平均处理时长 %1:%2</translation>
    </message>
    <message>
        <source>missed offer</source>
        <translation>未接会话</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>declined an offer</source>
        <translation>拒接会话</translation>
    </message>
    <message>
        <source>Continue as a &amp;call</source>
        <translation>改为电话继续(&amp;C)</translation>
    </message>
    <message>
        <source>Continue as a &amp;chat</source>
        <translation>改为文字会话继续(&amp;C)</translation>
    </message>
</context>
<context>
    <name>baton::ui::ContactPage</name>
    <message>
        <source>Follow up on</source>
        <translation>预约回访</translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation>完成话后处理</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>What was done, what was promised</source>
        <translation>已办理的事项、对客户的承诺</translation>
    </message>
    <message>
        <source>Finish wrap-up (Ctrl+Enter)</source>
        <translation>完成话后处理（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>处理结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Write to the customer; Enter sends, Shift+Enter for a new line</source>
        <translation>输入回复内容，按 Enter 发送，Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Canned responses from the script</source>
        <translation>话术中的快捷回复</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>发送（Enter）</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>快捷回复…</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrap-up ends by itself</source>
        <translation>话后处理将自动结束</translation>
    </message>
    <message>
        <source>Wrap-up (untimed)</source>
        <translation>话后处理（不限时）</translation>
    </message>
    <message>
        <source>Chat (%1)</source>
        <translation>对话（%1）</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>预约回访：%1</translation>
    </message>
</context>
<context>
    <name>baton::ui::GroupChart</name>
    <message>
        <source>Waiting (most in 15 min)</source>
        <translation>排队数（15 分钟内最高）</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%1 today, by 15 minutes</source>
        <translation>%1 今日走势（每 15 分钟）</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>服务水平（%）</translation>
    </message>
</context>
<context>
    <name>baton::ui::HistoryPanel</name>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Filter history (business, summary, notes…)</source>
        <translation>筛选历史记录（业务、摘要、备注…）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer record</source>
        <translation>无客户档案</translation>
    </message>
    <message>
        <source>IVR path: %1</source>
        <translation>IVR 路径：%1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>摘要：%1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Customer rating: %1 of 5</source>
        <translation>客户满意度：%1 分（满分 5 分）</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) so far</source>
        <translation>
            <numerusform>已加载 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baton::ui::HostDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Let the other desktops of this site connect to this computer</source>
        <translation>允许本站点的其他桌面连接到这台电脑(&amp;L)</translation>
    </message>
    <message>
        <source>Host this site for other desktops</source>
        <translation>为其他桌面提供站点服务</translation>
    </message>
    <message>
        <source>none: ws:// without encryption</source>
        <translation>不填：ws://，不加密</translation>
    </message>
    <message>
        <source>the certificate&apos;s private key (PEM, not encrypted)</source>
        <translation>证书的私钥（PEM，未加密）</translation>
    </message>
    <message>
        <source>&amp;Address and port:</source>
        <translation>地址和端口(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>证书(&amp;C)：</translation>
    </message>
    <message>
        <source>The site&apos;s certificate</source>
        <translation>站点证书</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>私钥(&amp;K)：</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key</source>
        <translation>证书的私钥</translation>
    </message>
    <message>
        <source>“%1” is not an address and port, e.g. 0.0.0.0:8765 (every network) or 192.168.1.20:8765.</source>
        <translation>“%1”不是地址和端口，例如 0.0.0.0:8765（所有网络）或 192.168.1.20:8765。</translation>
    </message>
    <message>
        <source>Give both the certificate and its key, or neither.</source>
        <translation>证书和私钥要么都填，要么都不填。</translation>
    </message>
    <message>
        <source>Without a certificate, passwords cross the network unencrypted: use this only on a network you trust.</source>
        <translation>没有证书时，密码以明文在网络上传输：仅在可信的网络中使用。</translation>
    </message>
    <message>
        <source>The other desktops choose “On the site&apos;s router” when they sign in and enter this computer&apos;s address, e.g. ws://%1 (wss:// with a certificate). They sign in with the users of this site&apos;s database — add them with &lt;code&gt;baton-admin user add NAME --role agent --agent ID --db %2&lt;/code&gt;. Your own sign-in on this computer does not change.</source>
        <translation>其他桌面登录时选择“站点路由服务器”，并输入这台电脑的地址，例如 ws://%1（配置证书后为 wss://）。他们使用本站点数据库中的用户登录——用 &lt;code&gt;baton-admin user add NAME --role agent --agent ID --db %2&lt;/code&gt; 添加。您在这台电脑上的登录方式不变。</translation>
    </message>
</context>
<context>
    <name>baton::ui::JourneyPanel</name>
    <message>
        <source>Any outcome</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Overflowed</source>
        <extracomment>Filter of journeys: those that left a queue for a fallback (callback, message, bot).</extracomment>
        <translation>已溢出</translation>
    </message>
    <message>
        <source>After hours</source>
        <extracomment>Filter of journeys: those that came outside opening hours.</extracomment>
        <translation>非工作时间</translation>
    </message>
    <message>
        <source>Any skill group</source>
        <translation>全部技能组</translation>
    </message>
    <message>
        <source>Customer name or number</source>
        <translation>客户姓名或号码</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Select a contact to see its journey.</source>
        <translation>选择一个联系，查看其客户旅程。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Its way through the centre&lt;/b&gt;</source>
        <translation>&lt;b&gt;在中心内的经过&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The agents who served it&lt;/b&gt;</source>
        <translation>&lt;b&gt;服务过的坐席&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>未知来电</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>入口 %1</translation>
    </message>
    <message>
        <source>rated %1/5</source>
        <translation>评分 %1/5</translation>
    </message>
    <message>
        <source>No agent&apos;s part is in the history (an unknown caller, or nobody answered).</source>
        <translation>历史中没有坐席服务记录（未知来电，或无人接起）。</translation>
    </message>
</context>
<context>
    <name>baton::ui::KnowledgePanel</name>
    <message>
        <source>Search the knowledge base (Ctrl+K)</source>
        <translation>搜索知识库（Ctrl+K）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation>未找到相关文章。</translation>
    </message>
    <message>
        <source>More than 5,000 articles match; the best are first.</source>
        <translation>相关文章超过 5,000 篇，已按相关度排序。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match.</source>
        <translation>
            <numerusform>找到 %n 篇相关文章。</numerusform>
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
        <translation>本机站点</translation>
    </message>
    <message>
        <source>&amp;Baton</source>
        <translation>Baton(&amp;B)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>坐席(&amp;A)</translation>
    </message>
    <message>
        <source>Go &amp;offline</source>
        <translation>切换为离线(&amp;O)</translation>
    </message>
    <message>
        <source>Stop taking contacts and appear offline</source>
        <translation>停止接收会话并显示为离线</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>会话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Baton</source>
        <translation>关于 Baton(&amp;A)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>连接已断开，正在重新连接…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Finish wrap-up</source>
        <translation>完成话后处理</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About Baton</source>
        <translation>关于 Baton</translation>
    </message>
    <message>
        <source>Baton %1 — the agent&apos;s workstation where an IVR or bot hands the customer to a person.</source>
        <translation>Baton %1——坐席工作台：承接由 IVR 或机器人转入的客户，由人工继续服务。</translation>
    </message>
    <message>
        <source>My desk</source>
        <translation>我的工作台</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列监控</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>&amp;Start Baton when I log in</source>
        <translation>登录电脑时启动 Baton(&amp;S)</translation>
    </message>
    <message>
        <source>Show Baton</source>
        <translation>显示 Baton</translation>
    </message>
    <message>
        <source>Could not change starting at log-in: %1</source>
        <translation>无法更改开机启动设置：%1</translation>
    </message>
    <message>
        <source>Baton will start when you log in.</source>
        <translation>登录电脑后将自动启动 Baton。</translation>
    </message>
    <message>
        <source>Baton will no longer start when you log in.</source>
        <translation>登录电脑后不再自动启动 Baton。</translation>
    </message>
    <message>
        <source>&amp;Coaching notes…</source>
        <translation>辅导意见(&amp;C)…</translation>
    </message>
    <message>
        <source>What trainers noted for you when they reviewed your conversations</source>
        <translation>培训师质检您的会话时给您的意见</translation>
    </message>
    <message>
        <source>Attitude %1 · knowledge %2 · efficiency %3 · script adherence %4 (of 5)</source>
        <translation>服务态度 %1 · 业务知识 %2 · 处理效率 %3 · 话术执行 %4（满分 5）</translation>
    </message>
    <message>
        <source>No coaching notes yet. When a trainer reviews one of your conversations and leaves a note, it is shown here.</source>
        <translation>暂无辅导意见。培训师质检您的会话并留下意见后，会显示在这里。</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>辅导意见</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Journeys</source>
        <extracomment>Page title: each customer&apos;s way through the centre (IVR, bot, queues, agents, outcome).</extracomment>
        <translation>客户旅程</translation>
    </message>
    <message>
        <source>&amp;Host this site for other desktops…</source>
        <translation>为其他桌面提供站点服务(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>baton::ui::QaTrendChart</name>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>业务知识</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>处理效率</translation>
    </message>
    <message>
        <source>Script adherence</source>
        <translation>话术执行</translation>
    </message>
    <message>
        <source>QA trend</source>
        <translation>质检趋势</translation>
    </message>
    <message>
        <source>QA trend of %1, last 30 days</source>
        <translation>%1 近 30 天质检趋势</translation>
    </message>
</context>
<context>
    <name>baton::ui::RebalanceDialog</name>
    <message>
        <source>unbounded</source>
        <extracomment>The predicted average speed of answer when the group cannot keep up: waits grow without limit.</extracomment>
        <translation>无上限</translation>
    </message>
    <message numerus="yes">
        <source>Move %n agent(s)</source>
        <translation>
            <numerusform>调配 %n 名坐席</numerusform>
        </translation>
    </message>
    <message>
        <source>(keep their other groups)</source>
        <translation>（保留其他技能组）</translation>
    </message>
    <message>
        <source>Skill group</source>
        <translation>技能组</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>坐席数</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>每小时进线</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>平均应答速度</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>&amp;To group:</source>
        <translation>移入技能组(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;From group:</source>
        <translation>移出技能组(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Proficiency there:</source>
        <translation>在该组的熟练度(&amp;P)：</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <extracomment>Column of the what-if: the share of callers predicted to hang up before an answer.</extracomment>
        <translation>放弃率</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Column of the what-if: which queueing model predicted the row.</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Predictions: Erlang A from each group&apos;s calls per hour over the last hour (or since this dashboard opened, once that is 5 minutes; before that, today&apos;s average), its average handle time and its callers&apos; mean patience; Erlang C while nobody has hung up waiting yet. Before → after. Apply takes effect in routing at once, is written to the audit log, and can be undone.</source>
        <translation>预测：Erlang A，依据各技能组最近一小时的每小时来电量（或自本看板打开起满 5 分钟后的数据；之前用今日平均）、平均处理时长和客户平均耐心时长；尚无人排队挂断时用 Erlang C。调整前 → 调整后。应用后立即在路由中生效，写入审计日志，并可撤销。</translation>
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
        <translation>按技能组</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>按坐席</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日期</translation>
    </message>
    <message>
        <source>FCR within </source>
        <extracomment>First-contact resolution counts a contact resolved when the customer does not come back within this many days.</extracomment>
        <translation>首次解决：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天内</translation>
    </message>
    <message>
        <source>A contact counts as resolved at first contact when the customer does not contact the centre again about the same business within this many days.</source>
        <translation>客户在这么多天内没有就同一业务再次联系，即视为首次解决。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>Handled, AHT, CSAT, transfers and FCR come from the conversations agents finished; entered, answered, abandonment, service level and ASA from each group&apos;s queue. Days are the site&apos;s days.</source>
        <translation>接待量、平均处理时长、满意度、转接率和首次解决率来自坐席已完成的会话；进线、接起、放弃率、服务水平和平均应答速度来自各技能组的排队统计。日期按站点所在时区计算。</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>报表未保存：%1</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>报表已保存到 %1。</translation>
    </message>
    <message>
        <source>By rule variant (A/B)</source>
        <extracomment>Report grouping: compare the A/B variants of the routing rules running on a traffic split.</extracomment>
        <translation>按规则方案（A/B）</translation>
    </message>
</context>
<context>
    <name>baton::ui::ReviewPanel</name>
    <message>
        <source>&amp;Not reviewed yet</source>
        <translation>仅未质检(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>保存质检(&amp;S)</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>任意满意度</translation>
    </message>
    <message>
        <source>Rated %1★ or less</source>
        <translation>满意度 %1★ 及以下</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Script stage</source>
        <translation>话术阶段</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>执行情况</translation>
    </message>
    <message>
        <source>&amp;Attitude</source>
        <translation>服务态度(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Knowledge</source>
        <translation>业务知识(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Efficiency</source>
        <translation>处理效率(&amp;E)</translation>
    </message>
    <message>
        <source>Script a&amp;dherence</source>
        <translation>话术执行(&amp;D)</translation>
    </message>
    <message>
        <source>For trainers: what went well, what did not</source>
        <translation>供培训师参考：做得好的和需要改进的地方</translation>
    </message>
    <message>
        <source>For the agent: one thing to do differently next time</source>
        <translation>给坐席：下次可以改进的一点</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>质检评语</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>辅导意见</translation>
    </message>
    <message>
        <source>Quality review</source>
        <translation>质检评分</translation>
    </message>
    <message>
        <source>Choose an interaction to review.</source>
        <translation>请选择要质检的会话。</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>质检已保存。</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <source>All skill groups</source>
        <translation>全部技能组</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>任意处理结果</translation>
    </message>
    <message>
        <source>served by %1</source>
        <translation>服务坐席：%1</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <source>IVR: %1</source>
        <translation>IVR 路径：%1</translation>
    </message>
    <message>
        <source>Agent&apos;s notes: %1</source>
        <translation>坐席备注：%1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No transcript was recorded for this interaction.&lt;/i&gt;</source>
        <translation>&lt;i&gt;该会话没有记录对话内容。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No script is live for this group and business.</source>
        <translation>该技能组和业务没有生效的话术。</translation>
    </message>
    <message>
        <source>✓ heard: “%1”</source>
        <translation>✓ 已执行：“%1”</translation>
    </message>
    <message>
        <source>⚠ out of order: “%1”</source>
        <translation>⚠ 顺序不对：“%1”</translation>
    </message>
    <message>
        <source>✗ not heard</source>
        <translation>✗ 未执行</translation>
    </message>
    <message>
        <source>— no cue words</source>
        <translation>— 无触发词</translation>
    </message>
    <message>
        <source>Version %1: %2 of %3 stages in order</source>
        <translation>第 %1 版：%3 个阶段中 %2 个按顺序执行</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>尚未质检。</translation>
    </message>
    <message>
        <source>Reviewed by %1.</source>
        <translation>质检人：%1。</translation>
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
        <translation>接入会话后，相应的话术将显示在这里。</translation>
    </message>
    <message>
        <source>Previous stage (Ctrl+[)</source>
        <translation>上一阶段（Ctrl+[）</translation>
    </message>
    <message>
        <source>Next stage (Ctrl+])</source>
        <translation>下一阶段（Ctrl+]）</translation>
    </message>
    <message>
        <source>Suggest:</source>
        <translation>推荐：</translation>
    </message>
</context>
<context>
    <name>baton::ui::SignInDialog</name>
    <message>
        <source>On &amp;this computer</source>
        <translation>本机站点(&amp;T)</translation>
    </message>
    <message>
        <source>On the site&apos;s &amp;router</source>
        <translation>站点路由服务器(&amp;R)</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>记住密码（保存在系统钥匙串中）</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to Baton</source>
        <translation>登录 Baton</translation>
    </message>
    <message>
        <source>No site is set up on this computer; start Baton with --config to run one.</source>
        <translation>本机尚未配置站点；如需在本机运行站点，请使用 --config 参数启动 Baton。</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>坐席(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Choose the agent to sign in as.</source>
        <translation>请选择要登录的坐席。</translation>
    </message>
    <message>
        <source>The server address must look like wss://host:port (or ws:// on a trusted network). Give a site&apos;s standby routers too, separated by commas.</source>
        <translation>服务器地址应形如 wss://主机:端口（在可信网络中也可用 ws://）。站点有备用路由服务器时一并填写，用逗号分隔。</translation>
    </message>
</context>
<context>
    <name>baton::ui::SupervisorWorkspace</name>
    <message>
        <source>Filter agents by name, state or group</source>
        <translation>按姓名、状态或技能组筛选坐席</translation>
    </message>
    <message>
        <source>Set ready</source>
        <translation>设为示闲</translation>
    </message>
    <message>
        <source>Set not ready…</source>
        <translation>设为示忙…</translation>
    </message>
    <message>
        <source>Set offline…</source>
        <translation>设为离线…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>全部确认</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <source>agents available (by group)</source>
        <translation>空闲坐席（按技能组计）</translation>
    </message>
    <message>
        <source>alerts to acknowledge</source>
        <translation>待确认告警</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why (shown to the agent and in the audit log):</source>
        <translation>原因（坐席可见，并记入审计日志）：</translation>
    </message>
    <message>
        <source>Move to group…</source>
        <translation>调配到技能组…</translation>
    </message>
    <message>
        <source>Undo last move</source>
        <translation>撤销上次调配</translation>
    </message>
    <message>
        <source>The move is in effect.</source>
        <translation>调配已生效。</translation>
    </message>
    <message>
        <source>Select the agents to move first.</source>
        <translation>请先选择要调配的坐席。</translation>
    </message>
    <message>
        <source>Select a skill group above to see who is waiting.</source>
        <translation>在上方选择技能组，查看正在排队的客户。</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP 等级</translation>
    </message>
    <message>
        <source>VIP level of contact %1 (written to the audit log):</source>
        <translation>会话 %1 的 VIP 等级（记入审计日志）：</translation>
    </message>
    <message>
        <source>Waiting in %1, in serving order</source>
        <translation>%1 排队客户（按服务顺序）</translation>
    </message>
    <message>
        <source>Waiting contacts</source>
        <translation>排队客户</translation>
    </message>
    <message>
        <source>Today&apos;s chart</source>
        <translation>今日走势</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>大屏模式(&amp;W)</translation>
    </message>
    <message>
        <source>Wallboard: the queues in large type for a big screen (F11)</source>
        <translation>大屏模式：以大字号显示队列，适合现场大屏（F11）</translation>
    </message>
    <message>
        <source>Set VIP level…</source>
        <translation>设置 VIP 等级…</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>调到其他技能组</translation>
    </message>
    <message>
        <source>Move contact %1 to the queue of (it keeps its level and its wait; written to the audit log):</source>
        <translation>将会话 %1 调到以下技能组排队（保留其等级和已等待时间，并记入审计日志）：</translation>
    </message>
    <message>
        <source>Drag agents onto a skill group in the dashboard to move them there.</source>
        <translation>把坐席拖到看板中的技能组上即可调整到该组。</translation>
    </message>
    <message>
        <source>Double-click a contact to set its VIP level; right-click, or drag it onto a skill group above, to move it to another group; hover for the routing decision.</source>
        <translation>双击联系可设置 VIP 等级；右键或拖到上方的技能组可转到其他组；悬停查看路由决策。</translation>
    </message>
    <message>
        <source>Journey so far</source>
        <translation>查看客户旅程</translation>
    </message>
</context>
<context>
    <name>baton::ui::TrainerWorkspace</name>
    <message>
        <source>Key</source>
        <extracomment>Column header: the stage&apos;s short identifier (greet, verify, …), used in cue matching.</extracomment>
        <translation>标识</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text (placeholders such as {customer.name})</source>
        <translation>内容（可用占位符，如 {customer.name}）</translation>
    </message>
    <message>
        <source>Cue words (comma-separated)</source>
        <translation>触发词（以逗号分隔）</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Stages of the draft</source>
        <translation>草稿的阶段</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <source>Preview with a sample customer</source>
        <translation>预览（示例客户）</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>已发布版本</translation>
    </message>
    <message>
        <source>Roll back to…</source>
        <translation>回滚到…</translation>
    </message>
    <message>
        <source>Set live…</source>
        <translation>设为生效…</translation>
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
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Published as version %1.</source>
        <translation>已发布为第 %1 版。</translation>
    </message>
    <message>
        <source>The version is live.</source>
        <translation>该版本已生效。</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>第 %1 版 · %2 · %3</translation>
    </message>
    <message>
        <source>rollback to v%1</source>
        <translation>回滚到第 %1 版</translation>
    </message>
    <message>
        <source>Cue words: %1</source>
        <translation>触发词：%1</translation>
    </message>
    <message>
        <source>Suggest: %1</source>
        <translation>推荐：%1</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <source>Name of the script:</source>
        <translation>话术名称：</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>What changed (kept with the version):</source>
        <translation>修改说明（随版本保存）：</translation>
    </message>
    <message>
        <source>Select the version to go back to.</source>
        <translation>请选择要回滚到的版本。</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Select the version to make live.</source>
        <translation>请选择要生效的版本。</translation>
    </message>
    <message>
        <source>(all groups)</source>
        <translation>（所有技能组）</translation>
    </message>
    <message>
        <source>Set live</source>
        <translation>设为生效</translation>
    </message>
    <message>
        <source>Live for which skill group:</source>
        <translation>对哪个技能组生效：</translation>
    </message>
    <message>
        <source>%1 · %2 · v%3%4</source>
        <extracomment>A script in the list: name · business · latest version number (v3) · &quot; (draft)&quot; when one is open.</extracomment>
        <translation>%1 · %2 · 第 %3 版%4</translation>
    </message>
    <message>
        <source>Script editor</source>
        <translation>话术编辑</translation>
    </message>
    <message>
        <source>Interaction review</source>
        <translation>会话质检</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>对比…</translation>
    </message>
    <message>
        <source>Select the version to compare with the one before it.</source>
        <translation>请选择要与上一版本对比的版本。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>cue words</source>
        <translation>触发词</translation>
    </message>
    <message>
        <source>upsell rules</source>
        <translation>推荐规则</translation>
    </message>
    <message>
        <source>Version %1: the first version</source>
        <translation>第 %1 版：首个版本</translation>
    </message>
    <message>
        <source>Version %1 against version %2</source>
        <translation>第 %1 版与第 %2 版对比</translation>
    </message>
    <message>
        <source>No stage changed.</source>
        <translation>没有阶段改动。</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>删除：%1</translation>
    </message>
    <message>
        <source>Moved in the order: %1</source>
        <translation>调整了顺序：%1</translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation>修改 %1：%2</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>版本对比</translation>
    </message>
    <message>
        <source>Upsell rules…</source>
        <translation>推荐规则…</translation>
    </message>
    <message>
        <source>Select the stage whose upsell rules to edit.</source>
        <translation>请先选择要编辑推荐规则的阶段。</translation>
    </message>
    <message>
        <source>Upsell rules changed; save the draft to keep them.</source>
        <translation>推荐规则已修改，保存草稿后生效。</translation>
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
        <translation>未知客户</translation>
    </message>
    <message>
        <source>%1 · VIP %2</source>
        <translation>%1 · VIP %2</translation>
    </message>
    <message>
        <source>Upset customer: empathise first</source>
        <translation>客户情绪激动，请先安抚</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>由 %1 转入</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>（无备注）</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation>回拨号码</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation>%1（已核验）</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1（未核验）</translation>
    </message>
    <message>
        <source>VIP level</source>
        <translation>VIP 等级</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>客户意图</translation>
    </message>
    <message>
        <source>IVR path</source>
        <translation>IVR 路径</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>转人工原因</translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Bot conversation</source>
        <translation>机器人对话记录</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>对话记录</translation>
    </message>
    <message>
        <source>Routing decision</source>
        <translation>路由决策</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>verified by the IVR</source>
        <translation>已由 IVR 核验</translation>
    </message>
</context>
<context>
    <name>baton::ui::TransferDialog</name>
    <message>
        <source>To a skill &amp;group</source>
        <translation>转至技能组(&amp;G)</translation>
    </message>
    <message>
        <source>To an &amp;agent</source>
        <translation>转至坐席(&amp;A)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <source>For the next agent: what is done, what the customer still needs</source>
        <translation>留给下一位坐席：已处理的内容、客户仍需解决的问题</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>转接说明(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>baton::ui::UpsellDialog</name>
    <message>
        <source>Upsell rules: %1</source>
        <translation>推荐规则：%1</translation>
    </message>
    <message>
        <source>When the customer&apos;s field matches, the agent&apos;s script suggests the offer. Fields: customer.level, customer.vip, customer.product, attr.&lt;attribute&gt;, contact.business.</source>
        <translation>客户字段符合条件时，坐席的话术中会出现对应的推荐。可用字段：customer.level、customer.vip、customer.product、attr.&lt;属性名&gt;、contact.business。</translation>
    </message>
    <message>
        <source>Customer field</source>
        <translation>客户字段</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>推荐内容</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>删除规则(&amp;R)</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) lack a field, a value or a suggestion: complete or remove them.</source>
        <translation>
            <numerusform>有 %n 条规则缺少字段、值或推荐内容，请补全或删除。</numerusform>
        </translation>
    </message>
</context>
</TS>
