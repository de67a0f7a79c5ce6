"""The lender's credit-scoring code: the reference pipeline the course turns into a product."""
