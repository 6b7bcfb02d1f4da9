"""The domain: pydantic models and the rules of DOMAIN.md. No Qt, no HTTP, no database."""
