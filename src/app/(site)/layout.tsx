import type { ReactNode } from 'react'

import './site.css'

export const metadata = { title: 'Showrunner', description: 'Drama news, recaps and listicles' }

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a href="/">Showrunner</a>
        </header>
        <main className="site-main">{children}</main>
      </body>
    </html>
  )
}
