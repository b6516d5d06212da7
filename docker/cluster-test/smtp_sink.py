#!/usr/bin/env python3
"""A mail sink for the two-node crash test (docker/cluster-test/run.sh): a minimal SMTP server on loopback
that accepts every message and appends one line per message to a file: its Message-ID and its recipients.
vetflow makes a mail's Message-ID from the mail's key (notification/MailOutbox), so the same mail sent twice
shows as the same Message-ID on two lines.

    smtp_sink.py PORT OUTPUT_FILE
"""
import socketserver, sys, threading

port, output = int(sys.argv[1]), sys.argv[2]
write_lock = threading.Lock()


def message_id(data):
    headers = data.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
    lines = []
    for line in headers.split("\r\n"):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line.strip()  # a folded header continues on the next line
        else:
            lines.append(line)
    for line in lines:
        name, _, value = line.partition(":")
        if name.strip().lower() == "message-id":
            return value.strip().strip("<>")
    return "(none)"


class Session(socketserver.StreamRequestHandler):
    def reply(self, text):
        self.wfile.write(text.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self):
        self.reply("220 vetflow-cluster-test sink")
        recipients = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb == "EHLO":
                self.reply("250-vetflow-cluster-test\r\n250-8BITMIME\r\n250 SMTPUTF8")
            elif verb == "HELO":
                self.reply("250 vetflow-cluster-test")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                data = bytearray()
                while True:
                    chunk = self.rfile.readline()
                    if not chunk or chunk == b".\r\n":
                        break
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                # Recorded before the answer: a message the sender saw accepted is always in the file.
                with write_lock, open(output, "a") as f:
                    f.write(f"{message_id(bytes(data))} {','.join(recipients)}\n")
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            elif verb in ("RSET", "NOOP"):
                self.reply("250 OK")
            else:
                self.reply("502 Command not implemented")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


with Server(("127.0.0.1", port), Session) as server:
    server.serve_forever()
