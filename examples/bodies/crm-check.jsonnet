// Skip the call for test accounts; otherwise send what the CRM needs to accept or refuse the sign-up.
function(ctx)
  if std.endsWith(ctx.identity.traits.email, '@test.example.com') then
    error 'cancel'
  else {
    email: ctx.identity.traits.email,
    transient_payload: ctx.flow.transient_payload,
  }
