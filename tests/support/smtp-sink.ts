import net from "node:net";

// A minimal SMTP server on a port the OS gives out: it speaks just enough of RFC 5321 for an SMTP
// client to deliver (no TLS, no auth), and keeps what it received. A recipient `isKnownMailbox`
// refuses gets a permanent failure, as from a server that has no such mailbox.

export type ReceivedMail = { from: string; to: string[]; data: string };
export type SmtpSink = { url: string; received: ReceivedMail[]; stop: () => Promise<void> };

const pathIn = (line: string) => /<([^>]*)>/.exec(line)?.[1] ?? "";

export function startSmtpSink({ isKnownMailbox = () => true }: { isKnownMailbox?: (address: string) => boolean } = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const server = net.createServer((socket) => {
    let mail: ReceivedMail = { from: "", to: [], data: "" };
    let isReadingData = false;
    let buffer = "";
    const reply = (line: string) => socket.write(`${line}\r\n`);
    const onLine = (line: string) => {
      if (isReadingData) {
        if (line !== ".") {
          mail.data += `${line.startsWith("..") ? line.slice(1) : line}\n`;
          return;
        }
        isReadingData = false;
        received.push(mail);
        mail = { from: "", to: [], data: "" };
        return reply("250 2.0.0 queued");
      }
      switch (line.slice(0, 4).toUpperCase()) {
        case "EHLO":
        case "HELO":
          return reply("250 sink.test");
        case "MAIL":
          mail.from = pathIn(line);
          return reply("250 2.1.0 ok");
        case "RCPT": {
          const address = pathIn(line);
          if (!isKnownMailbox(address)) return reply("550 5.1.1 no such mailbox");
          mail.to.push(address);
          return reply("250 2.1.5 ok");
        }
        case "DATA":
          isReadingData = true;
          return reply("354 end with <CRLF>.<CRLF>");
        case "RSET":
          mail = { from: "", to: [], data: "" };
          return reply("250 2.0.0 ok");
        case "QUIT":
          reply("221 2.0.0 bye");
          return socket.end();
        default:
          return reply("502 5.5.2 not implemented");
      }
    };
    socket.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      for (let end = buffer.indexOf("\r\n"); end >= 0; end = buffer.indexOf("\r\n")) {
        onLine(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    });
    socket.on("error", () => socket.destroy());
    reply("220 sink.test ESMTP");
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({
        url: `smtp://127.0.0.1:${port}`,
        received,
        stop: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
