// Any test that opens a connection beyond loopback fails: the node must never fetch contexts, DID
// documents or schemas at run time. Wraps both fetch and raw sockets (http, undici and tls all
// end in net.Socket.connect).
import net from 'node:net'

const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/

function refuse(host: string): never {
  throw new Error(`network access to ${host} attempted in a test: only 127.0.0.1 is allowed`)
}

const realFetch = globalThis.fetch
globalThis.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input))
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (!loopback.test(host)) refuse(host)
  return realFetch(input, init)
}

const realConnect = net.Socket.prototype.connect
net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  const first = args[0]
  const options = (Array.isArray(first) ? first[0] : first) as net.NetConnectOpts | number | string
  const host =
    typeof options === 'object' && options !== null
      ? 'path' in options && options.path
        ? 'localhost'
        : ((options as net.TcpNetConnectOpts).host ?? 'localhost')
      : typeof options === 'number'
        ? typeof args[1] === 'string'
          ? args[1]
          : 'localhost'
        : 'localhost' // a string first argument is a Unix socket path
  if (!loopback.test(String(host))) refuse(String(host))
  return (realConnect as (...a: unknown[]) => net.Socket).apply(this, args)
} as typeof net.Socket.prototype.connect
