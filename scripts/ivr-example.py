#!/usr/bin/env python3
"""A minimal IVR integration for baton-router (docs/PROTOCOL.md, "A worked IVR example").

It signs in as an integration user, hands one caller over to a person with what the IVR
collected, and prints what the router tells it: the position and estimated wait to announce
("you are number 3, about 2 minutes"), then who answered, or that the caller left.

    python3 scripts/ivr-example.py --url ws://127.0.0.1:8765 --user ivr --password-file ivr.pw \
        --business 信用卡挂失 --caller +8613800138000

A site with active and standby routers: give every address, separated by commas
(--url ws://router1:8765,ws://router2:8765). If the connection drops, the example signs in again
at whichever router serves, with the sign-in token of its first hello rather than the password,
asks contact.status and goes on announcing (docs/PROTOCOL.md, "Signing in again").

Needs Debian's python3-websockets. Exits 0 when the contact was answered, 1 on an error, 2 on
bad arguments, 3 when the caller left the queue (abandoned or sent to a fallback), 4 when after a
reconnection the contact no longer waits and the router cannot say how it ended.
"""
import argparse
import asyncio
import itertools
import json
import sys

import websockets


class Router:
    """One protocol connection: numbered requests, their answers, and the pushes in between."""

    def __init__(self, ws):
        self.ws = ws
        self.ids = itertools.count(1)
        self.pushes = asyncio.Queue()
        self.waiting = {}
        self.reader = asyncio.create_task(self._read())

    async def _read(self):
        try:
            async for text in self.ws:
                message = json.loads(text)
                request_id = message.get("id")
                if request_id in self.waiting:
                    self.waiting.pop(request_id).set_result(message)
                else:
                    await self.pushes.put(message)
        except websockets.ConnectionClosed:
            pass
        # The connection is gone: no answer will come, and the reader says so once.
        for answer in self.waiting.values():
            if not answer.done():
                answer.set_exception(ConnectionError("the connection to the router was lost"))
        self.waiting.clear()
        await self.pushes.put({"type": "connection.lost", "body": {}})

    async def call(self, type_, body=None):
        request_id = next(self.ids)
        answer = asyncio.get_running_loop().create_future()
        self.waiting[request_id] = answer
        await self.ws.send(json.dumps({"v": 1, "type": type_, "id": request_id, "body": body or {}}, ensure_ascii=False))
        message = await asyncio.wait_for(answer, timeout=10)
        if message["type"] == "error":
            error = message["error"]
            where = f" ({error['field']})" if error.get("field") else ""
            raise RuntimeError(f"{type_}: {error['code']}: {error['message']}{where}")
        return message["body"]


def announce(position, wait_seconds):
    if wait_seconds is None:
        return f"您前面还有 {position - 1} 位客户。" if position > 1 else "您是下一位。"
    minutes = max(1, round(wait_seconds / 60))
    return f"您排在第 {position} 位，预计等待约 {minutes} 分钟。"


async def sign_in(urls, user, password, token=None):
    """Signs in at the first of the site's routers that serves: a standby closes the connection
    at once and a stopped one refuses it, so try the next. The token when there is one."""
    last = None
    for url in urls:
        try:
            ws = await websockets.connect(url, max_size=1 << 20, open_timeout=5)
        except (OSError, asyncio.TimeoutError, websockets.WebSocketException) as e:
            last = e
            continue
        router = Router(ws)
        try:
            if token:
                try:
                    return router, await router.call("hello", {"user": user, "token": token, "client": "ivr-example"})
                except RuntimeError as e:
                    if "unauthenticated" not in str(e):
                        raise
            return router, await router.call("hello", {"user": user, "password": password, "client": "ivr-example"})
        except (ConnectionError, asyncio.TimeoutError) as e:
            last = e
            await ws.close()
    raise OSError(f"no router serves at {', '.join(urls)}: {last}")


async def sign_in_again(urls, user, password, token, seconds=30):
    """After a lost connection: every address in turn, until one serves or `seconds` pass."""
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        try:
            return await sign_in(urls, user, password, token)
        except OSError:
            if asyncio.get_running_loop().time() > deadline:
                raise
            await asyncio.sleep(0.5)


async def run(args):
    password = open(args.password_file, encoding="utf-8").read().strip() if args.password_file else args.password
    urls = [u.strip() for u in args.url.split(",") if u.strip()]
    router, hello = await sign_in(urls, args.user, password)
    token = hello.get("token")
    try:
        print(f"signed in to {hello.get('site') or 'baton-router'} as {hello['user']} ({hello['role']})")
        contact = {
            "channel": "voice",
            "business": args.business,
            "entryPoint": args.entry,
            "externalRef": args.call_id,
            "handOver": {
                "callerNumber": args.caller,
                "identityGiven": args.identity or "",
                "identityVerified": args.verified,
                "callbackNumber": args.callback or args.caller,
                "menuPath": args.menu.split(">") if args.menu else [],
                "keywords": args.keywords.split(",") if args.keywords else [],
                "transcript": [],
                "reason": args.reason or "",
            },
        }
        created = await router.call("contact.create", contact)
        if created["outcome"] == "afterHours":
            after = created.get("afterHours", {})
            print(f"after hours: {after.get('action')}: {after.get('message', '')}")
            return 3
        if created["outcome"] != "queued":
            print(f"not queued: {created['outcome']} (the bot keeps the customer)")
            return 3
        print(f"contact {created['contact']} queued in {created['group']}: "
              + announce(created["position"], created.get("estimatedWaitSeconds")))
        while True:
            push = await router.pushes.get()
            body = push.get("body", {})
            if push["type"] == "contact.position" and body.get("contact") == created["contact"]:
                print(announce(body["position"], body.get("estimatedWaitSeconds")))
            elif push["type"] == "contact.routed" and body.get("contact") == created["contact"]:
                print(f"answered by {body['agent']} after {body['waitedSeconds']:.0f} s")
                return 0
            elif push["type"] == "contact.left" and body.get("contact") == created["contact"]:
                print(f"the caller left the queue ({body.get('action', 'abandoned')})")
                return 3
            elif push["type"] in ("connection.lost", "shutdown"):
                # The router went away (restarting, or a standby takes over): sign in again
                # wherever the site is served and ask where the caller stands. Its session
                # follows this user's contacts again, so the pushes go on.
                print("the connection to the router was lost; signing in again")
                await router.ws.close()
                router, hello = await sign_in_again(urls, args.user, password, token)
                token = hello.get("token", token)
                try:
                    status = await router.call("contact.status", {"contact": created["contact"]})
                except RuntimeError as e:
                    if "not_found" not in str(e):
                        raise
                    print("the caller no longer waits (answered or left while the IVR was away)")
                    return 4
                print(f"still waiting in {status['group']}: " + announce(status["position"], status.get("estimatedWaitSeconds")))
    finally:
        await router.ws.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="ws://127.0.0.1:8765")
    parser.add_argument("--user", default="ivr")
    parser.add_argument("--password", help="prefer --password-file: a command line is visible to others")
    parser.add_argument("--password-file")
    parser.add_argument("--business", default="信用卡挂失")
    parser.add_argument("--caller", default="+8613800138000")
    parser.add_argument("--identity")
    parser.add_argument("--verified", action="store_true")
    parser.add_argument("--callback")
    parser.add_argument("--menu", help="menus taken, separated by >, e.g. 信用卡>挂失")
    parser.add_argument("--keywords", help="comma-separated")
    parser.add_argument("--reason")
    parser.add_argument("--entry", default="95588")
    parser.add_argument("--call-id", default="call-1")
    args = parser.parse_args()
    if not args.password and not args.password_file:
        parser.error("give --password-file (or --password)")
    try:
        return asyncio.run(run(args))
    except (OSError, RuntimeError, ConnectionError, asyncio.TimeoutError, websockets.WebSocketException) as e:
        print(f"ivr-example: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
