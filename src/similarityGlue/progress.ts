/** A one-line progress bar on a terminal (plain lines when output is not a terminal). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now()
  let lastLine = 0
  return {
    update(label: string, done: number, total: number) {
      const share = total > 0 ? Math.min(1, done / total) : 1
      const width = 30
      const filled = Math.round(share * width)
      const seconds = (Date.now() - started) / 1000
      const rate = seconds > 0 ? Math.round(done / seconds) : 0
      const text =
        `${label.padEnd(6)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ` +
        `${String(Math.round(share * 100)).padStart(3)}% ${done}/${total} (${rate}/s)`
      if (stream.isTTY) {
        stream.write(`\r${text}`)
      } else if (Date.now() - lastLine > 2000 || done === total) {
        // Logs and CI: a line every couple of seconds rather than thousands of them.
        lastLine = Date.now()
        stream.write(`${text}\n`)
      }
    },
    done() {
      if (stream.isTTY) stream.write('\n')
    },
  }
}
