"""bastion: an open-source trust & safety engine."""
