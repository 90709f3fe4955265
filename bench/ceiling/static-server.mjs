/**
 * Ceiling: a bare Node `http` server answering every request with the same HTML bytes from
 * memory (the article page as `next start` rendered it).   node static-server.mjs <port> <file>
 */
import fs from 'node:fs'
import http from 'node:http'

const [port, file] = process.argv.slice(2)
const body = fs.readFileSync(file)

http
  .createServer((request, response) => {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
    })
    response.end(body)
  })
  .listen(Number(port), '127.0.0.1')
