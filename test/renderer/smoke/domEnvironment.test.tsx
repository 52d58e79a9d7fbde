// @vitest-environment happy-dom
// Guards the component-test setup: React renders into happy-dom and testing-library queries it.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import type { ReactElement } from 'react';
import { afterEach, expect, test } from 'vitest';

afterEach(cleanup);

function Counter(): ReactElement {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      clicked {n}
    </button>
  );
}

test('a component renders and reacts to events in the happy-dom environment', () => {
  render(<Counter />);
  fireEvent.click(screen.getByRole('button'));
  expect(screen.getByRole('button').textContent).toBe('clicked 1');
});
