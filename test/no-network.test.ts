import net from 'node:net'
import { describe, expect, it } from 'vitest'

// The guard in test/helpers/no-network.ts is installed for every test file; these prove it bites.
describe('the network guard', () => {
  it('fails a test that fetches beyond loopback', async () => {
    await expect(fetch('https://www.w3.org/ns/credentials/v2')).rejects.toThrow(/network access/)
  })

  it('fails a test that opens a socket beyond loopback', () => {
    expect(() => net.connect({ host: '93.184.216.34', port: 443 })).toThrow(/network access/)
    expect(() => net.connect(443, 'example.org')).toThrow(/network access/)
  })

  it('lets tests reach 127.0.0.1', async () => {
    const server = net.createServer((socket) => socket.end('ok'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as net.AddressInfo
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => undefined)
      socket.on('data', (data) => resolve(String(data)))
      socket.on('error', reject)
    })
    server.close()
    expect(reply).toBe('ok')
  })
})
