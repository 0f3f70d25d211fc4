import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="page">
      <h1>Not found</h1>
      <p>
        This page does not exist. Go back to the <Link href="/">problem list</Link>.
      </p>
    </div>
  );
}
