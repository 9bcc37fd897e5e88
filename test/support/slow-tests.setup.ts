// Tests on real servers start processes and wait for workflows: give them two minutes each.
jest.setTimeout(120_000);
