"""What the service stores: the database (`db`, `tables`, Alembic `migrations`), the
uploaded files (`blobs`), and the board's documents, people, ledger and scope."""
