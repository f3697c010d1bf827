"""A loopback stand-in for Discord: an aiohttp server on 127.0.0.1 that speaks the gateway websocket and the REST
routes the bot calls, so the real discord.py client runs over a real socket.

It is the only way to check what simcord cannot: the login, the IDENTIFY payload and its intents, and the wire
format of what the bot sends. It models just enough of Discord: HELLO and heartbeats, READY and GUILD_CREATE,
message creation (echoed back as MESSAGE_CREATE, with Discord's nonce de-duplication), command sync, interaction
callbacks and webhook follow-ups. Any other route is answered 404 and recorded in `unhandled`, which tests
assert is empty. Everything it sees and sends is recorded in `transcript`.

Notes from the project's testing notes: `Content-Type` must be exactly `application/json`; the client asks for
zlib-stream but only inflates binary frames, so frames are sent as text; interaction ids are fresh snowflakes
(expiry is computed from them).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import discord
import pytest
import yarl
from aiohttp import WSMsgType, web

DISCORD_EPOCH_MS = 1_420_070_400_000
API_PREFIX = "/api/v10"
GATEWAY_PATH = "/gateway"
EVERYONE_PERMISSIONS = discord.Permissions(
    view_channel=True, send_messages=True, read_message_history=True, use_application_commands=True
)
BOT_PERMISSIONS = discord.Permissions(
    view_channel=True, send_messages=True, embed_links=True, attach_files=True, read_message_history=True,
    use_application_commands=True,
)  # fmt: skip
MODERATOR_PERMISSIONS = EVERYONE_PERMISSIONS | discord.Permissions(manage_guild=True)


def json_response(payload: object, status: int = 200) -> web.Response:
    # Exactly "application/json": with "; charset=utf-8" discord.py reads the body as text and fails at login.
    return web.Response(
        body=json.dumps(payload).encode(), status=status, headers={"Content-Type": "application/json"}
    )


def error_response(status: int, code: int, message: str) -> web.Response:
    return json_response({"message": message, "code": code}, status)


@dataclass
class Recorded:
    method: str
    path: str
    body: Any
    query: dict[str, str]


@dataclass
class Interaction:
    id: int
    token: str
    channel_id: int
    callback: dict[str, Any] | None = None
    original: dict[str, Any] | None = None
    followups: list[dict[str, Any]] = field(default_factory=list)


class LoopbackDiscord:
    def __init__(self, *, token: str, close_code_on_identify: int | None = None) -> None:
        self.token = token
        self.close_code_on_identify = close_code_on_identify
        self._ids = itertools.count(1)
        self.application_id = self.snowflake()
        self.bot_user = self.user("IncidentDesk", bot=True, user_id=self.application_id)
        self.guild_id = self.snowflake()
        self.channels: dict[int, str] = {}
        self.members: dict[int, tuple[dict[str, Any], discord.Permissions]] = {}
        self.messages: dict[int, list[dict[str, Any]]] = {}
        self.nonces: dict[tuple[int, str], dict[str, Any]] = {}
        self.commands: list[dict[str, Any]] = []
        self.interactions: dict[str, Interaction] = {}
        self.requests: list[Recorded] = []
        self.unhandled: list[str] = []
        self.transcript: list[str] = []
        self.identify: dict[str, Any] | None = None
        self.hold_messages_to: set[int] = set()  # channels whose message POSTs are stored but never answered
        self._release = asyncio.Event()
        self._socket: web.WebSocketResponse | None = None
        self._sequence = 0
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ---- identities ---------------------------------------------------------------------------------------

    def snowflake(self) -> int:
        """A fresh snowflake with the current time in it (Discord computes interaction expiry from it)."""
        return ((int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22) | (next(self._ids) & 0x3FFFFF)

    def user(self, name: str, *, bot: bool = False, user_id: int | None = None) -> dict[str, Any]:
        return {"id": str(user_id or self.snowflake()), "username": name, "discriminator": "0", "global_name": None,
                "avatar": None, "bot": bot, "flags": 0}  # fmt: skip

    def add_channel(self, name: str) -> int:
        channel_id = self.snowflake()
        self.channels[channel_id] = name
        self.messages[channel_id] = []
        return channel_id

    def add_member(self, name: str, permissions: discord.Permissions = EVERYONE_PERMISSIONS) -> int:
        payload = self.user(name)
        self.members[int(payload["id"])] = (payload, permissions)
        return int(payload["id"])

    # ---- the server ---------------------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get(GATEWAY_PATH, self._gateway)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        self._release.set()
        if self._socket is not None and not self._socket.closed:
            await self._socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def point_client_here(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Send the real client's REST calls and its gateway connection to this server."""
        monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{self.port}{API_PREFIX}")
        monkeypatch.setattr(
            discord.gateway.DiscordWebSocket,
            "DEFAULT_GATEWAY",
            yarl.URL(f"ws://127.0.0.1:{self.port}{GATEWAY_PATH}"),
        )

    def note(self, line: str) -> None:
        self.transcript.append(line)

    # ---- gateway ------------------------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._socket = socket
        await socket.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41_250}}))
        async for frame in socket:
            if frame.type is not WSMsgType.TEXT:
                continue
            message = json.loads(frame.data)
            if message["op"] == 1:
                await socket.send_str(json.dumps({"op": 11}))
            elif message["op"] == 2:
                await self._identified(socket, message["d"])
        return socket

    async def _identified(self, socket: web.WebSocketResponse, identify: dict[str, Any]) -> None:
        self.identify = identify
        intents = discord.Intents._from_value(identify.get("intents", 0))
        enabled = sorted(name for name, on in intents if on)
        self.note(f"<- gateway IDENTIFY intents={identify.get('intents')} ({', '.join(enabled)})")
        if identify.get("token") != self.token:
            await socket.close(code=4004, message=b"Authentication failed.")
            return
        if self.close_code_on_identify is not None:
            await socket.close(code=self.close_code_on_identify, message=b"Disallowed intent(s).")
            return
        await self.dispatch("READY", {
            "v": 10, "user": self.bot_user, "guilds": [{"id": str(self.guild_id), "unavailable": True}],
            "session_id": secrets.token_hex(16), "resume_gateway_url": f"ws://127.0.0.1:{self.port}{GATEWAY_PATH}",
            "application": {"id": str(self.application_id), "flags": 0},
            # A sharded connection is told its shard back, as Discord does.
            **({"shard": identify["shard"]} if "shard" in identify else {}),
        })  # fmt: skip
        await self.dispatch("GUILD_CREATE", self._guild_payload())

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        assert self._socket is not None, "the bot is not connected"
        self._sequence += 1
        await self._socket.send_str(json.dumps({"op": 0, "t": event, "s": self._sequence, "d": data}))
        self.note(f"-> gateway {event}{_gist(event, data)}")

    def _member_payload(self, user_id: int) -> dict[str, Any]:
        user, _permissions = self.members[user_id]
        return {"user": user, "roles": [], "joined_at": "2024-01-01T00:00:00+00:00", "deaf": False, "mute": False,
                "flags": 0, "nick": None}  # fmt: skip

    def _guild_payload(self) -> dict[str, Any]:
        everyone = {"id": str(self.guild_id), "name": "@everyone", "permissions": str(EVERYONE_PERMISSIONS.value),
                    "position": 0, "color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0}  # fmt: skip
        bot_role_id = self.snowflake()
        bot_role = {**everyone, "id": str(bot_role_id), "name": "IncidentDesk", "position": 1, "managed": True,
                    "permissions": str(BOT_PERMISSIONS.value)}  # fmt: skip
        bot_member = {"user": self.bot_user, "roles": [str(bot_role_id)], "joined_at": "2024-01-01T00:00:00+00:00",
                      "deaf": False, "mute": False, "flags": 0}  # fmt: skip
        channels = [
            {"id": str(cid), "type": 0, "name": name, "position": n, "permission_overwrites": [], "nsfw": False,
             "parent_id": None, "topic": None, "last_message_id": None, "rate_limit_per_user": 0}
            for n, (cid, name) in enumerate(self.channels.items())
        ]  # fmt: skip
        return {
            "id": str(self.guild_id), "name": "Loopback Newsroom", "icon": None, "owner_id": str(self.snowflake()),
            "unavailable": False, "large": False, "member_count": 1, "members": [bot_member], "channels": channels,
            "roles": [everyone, bot_role], "threads": [], "emojis": [], "stickers": [], "features": [],
            "voice_states": [], "presences": [], "stage_instances": [], "guild_scheduled_events": [],
            "premium_tier": 0, "preferred_locale": "en-US", "system_channel_flags": 0, "verification_level": 0,
            "default_message_notifications": 0, "explicit_content_filter": 0, "mfa_level": 0, "nsfw_level": 0,
            "afk_timeout": 300, "joined_at": "2024-01-01T00:00:00+00:00",
        }  # fmt: skip

    # ---- what members do ----------------------------------------------------------------------------------

    async def say(self, channel_id: int, user_id: int, content: str) -> None:
        """A member posts a message (a prefix command, say)."""
        user, _permissions = self.members[user_id]
        member = {k: v for k, v in self._member_payload(user_id).items() if k != "user"}
        message = self._message(channel_id, user, content, [], {})
        await self.dispatch("MESSAGE_CREATE", {**message, "guild_id": str(self.guild_id), "member": member})

    async def slash(self, channel_id: int, user_id: int, name: str, **options: str) -> Interaction:
        """A member invokes a synced slash command."""
        command = next(c for c in self.commands if c["name"] == name)
        _user, permissions = self.members[user_id]
        interaction = Interaction(self.snowflake(), secrets.token_urlsafe(24), channel_id)
        self.interactions[interaction.token] = interaction
        await self.dispatch("INTERACTION_CREATE", {
            "id": str(interaction.id), "application_id": str(self.application_id), "type": 2,
            "token": interaction.token, "version": 1, "guild_id": str(self.guild_id),
            "channel_id": str(channel_id), "channel": {"id": str(channel_id), "type": 0, "guild_id": str(self.guild_id),
                                                       "name": self.channels[channel_id]},
            "member": {**self._member_payload(user_id), "permissions": str(permissions.value)},
            "app_permissions": str(BOT_PERMISSIONS.value), "locale": "en-US", "guild_locale": "en-US",
            "entitlements": [], "attachment_size_limit": 10_485_760, "authorizing_integration_owners": {"0": str(self.guild_id)}, "context": 0,
            "data": {"id": command["id"], "name": name, "type": 1, "guild_id": str(self.guild_id),
                     "options": [{"name": k, "type": 3, "value": v} for k, v in options.items()]},
        })  # fmt: skip
        return interaction

    async def wait_for(self, condition: Callable[[], bool], within: float = 5.0) -> None:
        deadline = time.monotonic() + within
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(
                    "the bot did not do what the test waited for:\n" + "\n".join(self.transcript)
                )
            await asyncio.sleep(0.01)

    def bot_messages(self, channel_id: int) -> list[dict[str, Any]]:
        return [m for m in self.messages[channel_id] if m["author"]["id"] == self.bot_user["id"]]

    # ---- REST ---------------------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body = await request.json() if request.can_read_body else None
        self.requests.append(Recorded(request.method, path, body, dict(request.query)))
        if request.headers.get("Authorization") not in (f"Bot {self.token}", None):
            self.note(f"<- REST {request.method} {path} (refused: bad token)")
            return error_response(401, 0, "401: Unauthorized")
        parts = path.strip("/").split("/")
        handler = self._route(request.method, parts)
        if handler is None:
            self.unhandled.append(f"{request.method} {path}")
            self.note(f"<- REST {request.method} {path} (unhandled: 404)")
            return error_response(404, 0, "404: Not Found")
        self.note(f"<- REST {request.method} {path}{_gist('REST', body)}")
        return await handler(parts, body)

    def _route(self, method: str, parts: list[str]) -> Callable[..., Any] | None:
        routes: dict[tuple[str, tuple[str, ...]], Callable[..., Any]] = {
            ("GET", ("users", "@me")): self._me,
            ("GET", ("oauth2", "applications", "@me")): self._application,
            ("PUT", ("applications", "*", "commands")): self._sync,
            ("PUT", ("applications", "*", "guilds", "*", "commands")): self._sync,
            ("POST", ("channels", "*", "messages")): self._create_message,
            ("GET", ("channels", "*", "messages")): self._history,
            ("POST", ("interactions", "*", "*", "callback")): self._callback,
            ("POST", ("webhooks", "*", "*")): self._followup,
            ("GET", ("webhooks", "*", "*", "messages", "@original")): self._original,
            ("PATCH", ("webhooks", "*", "*", "messages", "@original")): self._edit_original,
        }
        for (verb, pattern), handler in routes.items():
            if (verb, len(pattern)) == (method, len(parts)) and all(
                p in ("*", part) for p, part in zip(pattern, parts, strict=True)
            ):
                return handler
        return None

    async def _me(self, _parts: list[str], _body: Any) -> web.Response:
        return json_response(self.bot_user)

    async def _application(self, _parts: list[str], _body: Any) -> web.Response:
        return json_response({"id": str(self.application_id), "name": "IncidentDesk", "description": "", "icon": None,
                              "bot_public": True, "bot_require_code_grant": False, "owner": self.user("owner"),
                              "team": None, "verify_key": "0" * 64, "flags": 0})  # fmt: skip

    async def _sync(self, _parts: list[str], body: Any) -> web.Response:
        self.commands = [
            {**command, "id": str(self.snowflake()), "application_id": str(self.application_id), "version": "1",
             "default_member_permissions": command.get("default_member_permissions")}
            for command in body
        ]  # fmt: skip
        return json_response(self.commands)

    def _message(self, channel_id: int, author: dict[str, Any], content: str, embeds: list[Any],
                 extra: dict[str, Any]) -> dict[str, Any]:  # fmt: skip
        message = {
            "id": str(self.snowflake()), "channel_id": str(channel_id), "author": author, "content": content,
            "embeds": embeds, "components": extra.get("components", []), "attachments": [], "mentions": [],
            "mention_roles": [], "mention_everyone": False, "pinned": False, "tts": False, "type": 0,
            "flags": extra.get("flags", 0), "timestamp": "2024-08-06T12:00:00+00:00", "edited_timestamp": None,
            "nonce": extra.get("nonce"),
        }  # fmt: skip
        self.messages.setdefault(channel_id, []).append(message)
        return message

    async def _create_message(self, parts: list[str], body: dict[str, Any]) -> web.StreamResponse:
        channel_id = int(parts[1])
        if channel_id not in self.channels:
            return error_response(404, 10003, "Unknown Channel")
        nonce = body.get("nonce")
        if body.get("enforce_nonce") and nonce is not None and (channel_id, str(nonce)) in self.nonces:
            # Discord returns the message it already has instead of creating another.
            self.note(f"   (nonce {nonce} seen before: no new message)")
            return json_response(self.nonces[(channel_id, str(nonce))])
        message = self._message(
            channel_id, self.bot_user, body.get("content") or "", body.get("embeds", []), body
        )
        if nonce is not None:
            self.nonces[(channel_id, str(nonce))] = message
        if channel_id in self.hold_messages_to:
            # Stored but not answered, as if the bot died before hearing back; released when the server stops.
            self.note(f"   (message stored; no answer to channel {channel_id})")
            await self._release.wait()
            return error_response(503, 0, "gone")
        await self.dispatch("MESSAGE_CREATE", {**message, "guild_id": str(self.guild_id)})
        return json_response(message)

    async def _history(self, parts: list[str], _body: Any) -> web.Response:
        """A channel's messages, newest first, as Discord pages them (the `limit` of the query is not needed:
        tests keep channels short)."""
        return json_response(list(reversed(self.messages.get(int(parts[1]), []))))

    async def _callback(self, parts: list[str], body: dict[str, Any]) -> web.Response:
        interaction = self.interactions[parts[2]]
        interaction.callback = body
        kind = body["type"]
        resource: dict[str, Any] = {"type": kind}
        if kind in (4, 7):
            data = body.get("data", {})
            interaction.original = self._message(
                interaction.channel_id, self.bot_user, data.get("content") or "", data.get("embeds", []), data
            )
            resource["message"] = interaction.original
        return json_response({
            "interaction": {"id": str(interaction.id), "type": 2, "response_message_loading": kind == 5,
                            "response_message_ephemeral": bool(body.get("data", {}).get("flags", 0) & 64),
                            **({"response_message_id": interaction.original["id"]} if interaction.original else {})},
            "resource": resource,
        })  # fmt: skip

    async def _followup(self, parts: list[str], body: dict[str, Any]) -> web.Response:
        interaction = self.interactions[parts[2]]
        message = self._message(
            interaction.channel_id, self.bot_user, body.get("content") or "", body.get("embeds", []), body
        )
        interaction.followups.append(message)
        return json_response(message)

    async def _original(self, parts: list[str], _body: Any) -> web.Response:
        interaction = self.interactions[parts[2]]
        if interaction.original is None:
            return error_response(404, 10008, "Unknown Message")
        return json_response(interaction.original)

    async def _edit_original(self, parts: list[str], body: dict[str, Any]) -> web.Response:
        interaction = self.interactions[parts[2]]
        if interaction.original is None:
            interaction.original = self._message(interaction.channel_id, self.bot_user, "", [], {})
        interaction.original.update(
            {k: v for k, v in body.items() if k in ("content", "embeds", "components")}
        )
        return json_response(interaction.original)


def _gist(event: str, data: Any) -> str:
    """One readable line for the transcript: who said what, the embeds' titles and first lines, the mentions."""
    if not isinstance(data, dict):
        return ""
    if event == "INTERACTION_CREATE":
        options = " ".join(f"{o['name']}:{o['value']}" for o in data["data"].get("options", []))
        return f" /{data['data']['name']} {options} (from {data['member']['user']['username']})"
    if event in ("READY", "GUILD_CREATE"):
        return ""
    payload = data.get("data", data) if isinstance(data.get("data"), dict) else data
    parts = []
    if isinstance(data.get("author"), dict):
        parts.append(f"{data['author']['username']}:")
    if "type" in data and event == "REST" and "data" in data:
        parts.append(f"type={data['type']}")
    if payload.get("content"):
        parts.append(repr(payload["content"]))
    for embed in payload.get("embeds") or []:
        first = (embed.get("description") or "").split("\n")
        parts.append(
            f"[embed {embed.get('title')!r}: {first[0][:90]!r}...; footer {embed.get('footer', {}).get('text')!r}]"
        )
    if "allowed_mentions" in payload:
        parts.append(f"allowed_mentions={payload['allowed_mentions']}")
    if "nonce" in payload and event == "REST" and payload.get("nonce"):
        parts.append(f"nonce={payload['nonce']}")
    return (" " + " ".join(parts)) if parts else ""
