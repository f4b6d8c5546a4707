#pragma once

// The well-known test key pairs of keygen-api's own test suite (spec/support/helpers/stub_helper.rb,
// `stub_keygens!`, https://github.com/keygen-sh/keygen-api), the keys the synthetic vectors and the docs'
// ED25519_SIGN example were signed with. They are public test fixtures: no real account uses them. With them the
// deterministic signatures (Ed25519, RSA PKCS#1 v1.5, RSA private-encrypt) of those vectors can be reproduced
// byte for byte.

#include <QByteArray>

namespace keydesk::test {

// `Account#ed25519_private_key`: the 32-byte seed in hex; public key 799efc77…a55906.
inline QByteArray keygenTestEd25519Seed()
{
    return QByteArray::fromHex("7e122ed891de6dcaf5316a2f0e09187fbf3fa5b5441cb835a67b53d8c87eafc5");
}

// `Account#private_key`: RSA 2048, PKCS#1 PEM as Ruby's to_pem writes it.
inline QByteArray keygenTestRsaPem()
{
    return QByteArray("-----BEGIN RSA PRIVATE KEY-----\n"
                      "MIIEowIBAAKCAQEAzPAseDYupK78ZUaSbGw7YyUCCeKo/1XqTACOcmTTHHGgeHac\n"
                      "LK2j9UrbTlhW5h8Vyo0iUEHrY1Kgf4wwiGgFh0Yc+oDWDhq1bIertI03AE420Lbp\n"
                      "Uf6OTioX+nY0EInxXF3J7aAdx/R/nYgRJrLZ9ATWaQVSgf3vtxCtCwUeKxKZI41G\n"
                      "A/9KHTcCmd3BryAQ1piYPr+qrEGf2NDJgr3WvVrMtnjeoordAaCTyYKtfm56WGXe\n"
                      "Xr43dfdejBuIkI5kqSzwVyoxhnjE/Rj6xks8ffH+dkAPNwm0IpxXJerybjmPWyv7\n"
                      "iyXEUN8CKG+6430D7NoYHp/c991ZHQBUs59gvwIDAQABAoIBAHb03ks04CQ1cknz\n"
                      "CeEnfd1RyPol+ASmQSa2l/isr6HuDsB90K9aZzZlqiCyxFY1Kvf0rjs52EFB3+nJ\n"
                      "XQ6AmtznhMCfciCjvjVuFuvpoEhsHgNOeOZgRQf4BQ0b+aKz/0anJiPpcf/z2vN8\n"
                      "3L/CxyKOgEpbjYXo+XEgm+EuqlFDI3UZqhqFBTTf550QazjOihpItAMzf5yHP20Q\n"
                      "8lA8PzYyYdkKqxdnaOt1IwhF+yFw2exZYPdHoWzmE/fI6RhQ5UyD9pidzBuW4xdH\n"
                      "ZQbWnsXPK7ZzNqN3Y1TkHl1TLPOKA0Ge5X/lcyCKB4v8zCVPUHOrVGDrsrHEc08P\n"
                      "xCi52PkCgYEA5914ulPHrBN/h/G2nA45R1SE6QgFKPGQk8HaplV788aN+X73JNv5\n"
                      "L8vSlhUJsUuGwuRkJkslxy/cA8do/39hSKESx2Tuu8EUeinCID26l1p4eczFoqps\n"
                      "T7h4ggRsrJbN78bndG7ZkNQJPK2fEmZ/hp8XT9cJhgy2YwfUwydtLA0CgYEA4kUt\n"
                      "e+7jlj7tQH5H/7ZpLhwckMNYr9Ojm8qCy+t40TAxVMBuGDfWhldMIjyzDU8wj9dr\n"
                      "uKaejQ83jWqFlt/qbb1NFrLL7QKJajDlujI9hh55mG+jUa/bgfShuJnlMXPpCz+K\n"
                      "jhO5edT/jE4br3PgEAdnkbwVIJ8E+6vpjMQt8PsCgYAAoh85Sw9JjggUI/netT88\n"
                      "zaNLS6VP9lDxxl7Fg4hCIzGyE8GzDRLCKalalZYgMNeeYqdPX3cr8xqDvCCySfPH\n"
                      "EgGOH91zD9TxfHm2QtTmou2fT4repd6D3TofCMoPMp4/YGizbbYUai/YRZUgpL0G\n"
                      "bhrPMgQppJE+9f+DxPDMZQKBgQCOG3RdicNV8V+ASc9eQmn8k5s9L/LbOsheZ+mN\n"
                      "uO3AM8xHtjNu8mLBLMKcHhM2IK4XKOx2o+6gGRaCsowEHc1V7rYjs1dwG0/CacNe\n"
                      "FX+eZDVqD3M7Mn9iNwn6rmzLikiqz9VtNeYfJi75J3Ur1FK8vmnFlaKPQlAW3/lm\n"
                      "dy+DUQKBgEkNkmfafNVzCUZhgB5NDF1HNOqlPM0R9UrDraarG4pH7tVsl6lkEIc9\n"
                      "ujJSB6CauUNGVSx5zhiGXKLTYoQRTEWmdbBR0NK9EaK4icCTR+0cFS/jBpS4rJW8\n"
                      "6hlMaiHG6DNtYdVbgtVqVC3EAXWrjfAPqBwoHP4CWq/vYfLK/53I\n"
                      "-----END RSA PRIVATE KEY-----\n");
}

} // namespace keydesk::test
