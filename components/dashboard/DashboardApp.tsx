import { useLiveQuery } from 'dexie-react-hooks';
import { STAGE_LABELS } from '@/lib/model/stages';
import { db } from '@/components/shared/db';
import './dashboard.css';

export function DashboardApp() {
  const applications = useLiveQuery(() => db.applications.orderBy('updatedAt').reverse().toArray(), []);
  return (
    <main className="dashboard">
      <h1>My applications</h1>
      {applications === undefined ? (
        <p>Loading your log…</p>
      ) : applications.length === 0 ? (
        <p data-testid="empty-log">Nothing saved yet. Open a listing and press “Save to my log”.</p>
      ) : (
        <table data-testid="applications">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Company</th>
              <th scope="col">Stage</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {applications.map((a) => (
              <tr key={a.id}>
                <td>
                  <a href={a.listing.url} target="_blank" rel="noreferrer">
                    {a.listing.title}
                  </a>
                </td>
                <td>{a.listing.company}</td>
                <td>{STAGE_LABELS[a.stage]}</td>
                <td>{new Date(a.updatedAt).toLocaleDateString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
