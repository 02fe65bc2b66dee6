"""Workshop: run a customer-service culture workshop on two screens."""

__version__ = "0.1.0"
