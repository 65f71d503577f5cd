function(ctx) {
  email: ctx.identity.traits.email,
  name: if std.objectHas(ctx.identity.traits, 'name') then ctx.identity.traits.name else null,
  created_at: ctx.identity.created_at,
}
