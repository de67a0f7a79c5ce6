"""lender-scoring: the lender's credit-scoring model, packaged so that anyone can install and run it."""
